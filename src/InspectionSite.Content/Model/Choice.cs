using System.Text;

namespace InspectionSite.Content.Model;

/// <summary>
/// The words editors write for an enum value: SignedOffByHmicfrs is "signed-off-by-hmicfrs".
/// Reading forgives case, spaces and underscores, so "Signed off by HMICFRS" is accepted too.
/// </summary>
public static class Choice
{
    public static string Name<T>(T value) where T : struct, Enum
    {
        var pascal = value.ToString();
        var name = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && name.Length > 0) name.Append('-');
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }

    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Name).ToList();

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var wanted = Normalise(text);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Name(candidate) == wanted)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Normalise(string text) =>
        string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries));
}
