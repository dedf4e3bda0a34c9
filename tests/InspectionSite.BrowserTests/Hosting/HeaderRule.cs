using System.Text.RegularExpressions;

namespace InspectionSite.BrowserTests.Hosting;

/// <summary>One [[headers]] block of netlify.toml: a path pattern and the response headers Netlify sends for it.</summary>
public sealed class HeaderRule(string @for, IReadOnlyList<KeyValuePair<string, string>> values)
{
    private readonly Regex _pattern = PatternOf(@for);

    public string For { get; } = @for;

    public IReadOnlyList<KeyValuePair<string, string>> Values { get; } = values;

    public bool Matches(string path) => _pattern.IsMatch(path);

    /// <summary>
    /// Netlify's own reading of "for": "*" as a whole segment matches anything below (or nothing),
    /// "*" inside a segment matches any text, ":name" matches one segment; a trailing slash is optional.
    /// </summary>
    private static Regex PatternOf(string path)
    {
        var parts = path.Trim().Split('/').Select(p => p.TrimEnd()).Where(p => p.Length > 0).Select(part =>
            part.StartsWith(':') ? "([^/]+)"
            : part == "*" ? "?(.*)"
            : string.Join("(.*)", part.Split('*').Select(Regex.Escape)));
        return new Regex($"^/{string.Join('/', parts)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
