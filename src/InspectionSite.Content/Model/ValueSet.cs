namespace InspectionSite.Content.Model;

/// <summary>
/// One allowed value of a coded column: the name editors write ("signed-off-by-hmicfrs"), the label the site shows,
/// and, where adding "s" would be wrong, the label for more than one.
/// </summary>
public sealed record Allowed<T>(T Value, string Name, string Label, string? PluralLabel = null);

/// <summary>
/// The values a coded column allows, in the order lists and charts give them. Reading forgives case, spaces and
/// underscores, so "Signed off by HMICFRS" is read as signed-off-by-hmicfrs.
/// </summary>
public sealed class ValueSet<T> where T : notnull
{
    private readonly Dictionary<string, Allowed<T>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<T, (Allowed<T> Allowed, int Rank)> _byValue = [];

    public ValueSet(params Allowed<T>[] values)
    {
        Values = values;
        for (var i = 0; i < values.Length; i++)
        {
            _byName.Add(Normalise(values[i].Name), values[i]);
            _byValue.Add(values[i].Value, (values[i], i));
        }
    }

    public IReadOnlyList<Allowed<T>> Values { get; }

    public IReadOnlyList<string> Names => Values.Select(v => v.Name).ToList();

    public bool TryParse(string text, out T value)
    {
        var found = _byName.TryGetValue(Normalise(text), out var allowed);
        value = found ? allowed!.Value : default!;
        return found;
    }

    public string NameOf(T value) => _byValue[value].Allowed.Name;

    public string LabelOf(T value) => _byValue[value].Allowed.Label;

    public string PluralLabelOf(T value)
    {
        var allowed = _byValue[value].Allowed;
        return allowed.PluralLabel ?? allowed.Label + "s";
    }

    /// <summary>Its place in the set, for ordering.</summary>
    public int RankOf(T value) => _byValue[value].Rank;

    private static string Normalise(string text) =>
        string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries));
}
