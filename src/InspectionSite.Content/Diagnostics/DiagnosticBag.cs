namespace InspectionSite.Content.Diagnostics;

/// <summary>
/// Collects every problem found while reading and linking, so that an editor
/// sees all of them in one run instead of fixing them one build at a time.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly List<Diagnostic> _warnings = [];
    private readonly Lock _gate = new();

    public bool HasErrors
    {
        get { lock (_gate) return _items.Count > 0; }
    }

    public void Add(SourceLocation location, string message, string fix)
    {
        lock (_gate) _items.Add(new Diagnostic(location, message, fix));
    }

    /// <summary>Something the build changed or left out to stay safe; the build still succeeds.</summary>
    public void AddWarning(SourceLocation location, string message, string fix)
    {
        lock (_gate) _warnings.Add(new Diagnostic(location, message, fix));
    }

    /// <summary>The problems in file, line and column order, so that output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate) return InOrder(_items);
    }

    public IReadOnlyList<Diagnostic> Warnings()
    {
        lock (_gate) return InOrder(_warnings);
    }

    private static List<Diagnostic> InOrder(List<Diagnostic> items) =>
        items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();

    /// <summary>Stops the build when anything was reported.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors) throw new InputException(Sorted());
    }
}
