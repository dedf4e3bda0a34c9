using AnyAscii;
using System.Text;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Model;

/// <summary>
/// IDs become folder names and web addresses, so only a safe, stable alphabet is allowed:
/// nothing that could climb out of the output folder or change meaning in a URL.
/// </summary>
public static partial class Ids
{
    public const string Rule = "use lower-case letters, digits and single hyphens only (for example 'solihull-jtai' or '9159')";

    public static bool IsValid(string id) => id.Length <= 80 && Pattern().IsMatch(id);

    /// <summary>
    /// An ID made from free text, such as a topic's name: "Rape and sexual offences" is
    /// "rape-and-sexual-offences", "Stop & Search" is "stop-search". Letters are first written in ASCII
    /// (AnyAscii), so that Welsh and Irish names keep them: "Ymgysylltu â'r gymuned" is "ymgysylltu-a-r-gymuned".
    /// Every other character outside a–z and 0–9 becomes a hyphen, so the result always keeps <see cref="Rule"/>;
    /// null when no letter or digit is left.
    /// </summary>
    public static string? Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Transliterate())
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower)) slug.Append(lower);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().TrimEnd('-');
        if (result.Length > 80) result = result[..80].TrimEnd('-');
        return IsValid(result) ? result : null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
