using System.Text.RegularExpressions;

namespace InspectionSite.Content.Reading;

/// <summary>
/// IDs become folder names and web addresses, so only a safe, stable alphabet is allowed:
/// nothing that could climb out of the output folder or change meaning in a URL.
/// </summary>
public static partial class Ids
{
    public const string Rule = "use lower-case letters, digits and single hyphens only (for example 'solihull-jtai' or '9159')";

    public static bool IsValid(string id) => id.Length <= 80 && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
