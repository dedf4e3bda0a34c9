using System.Text.RegularExpressions;
using InspectionSite.Tools;

namespace InspectionSite.Netlify;

/// <summary>One [[headers]] rule: the headers sent for every path its pattern matches.</summary>
public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    public bool Matches(string path) => NetlifyPattern.Matches(For, path);
}

/// <summary>One [[redirects]] rule.</summary>
public sealed record RedirectRule(string From, string To, int Status);

/// <summary>
/// netlify.toml, read as Netlify reads it: the build settings, the headers, and the redirects.
/// It is the one place the Content-Security-Policy and the other headers are written; the preview
/// server sends them and the tests read them from here.
/// </summary>
public sealed class NetlifyConfig
{
    public const string FileName = "netlify.toml";

    private NetlifyConfig(TomlTable toml)
    {
        var build = toml.Table("build");
        BuildCommand = build?.Text("command");
        Publish = build?.Text("publish");
        Environment = (build?.Table("environment") ?? []).ToDictionary(e => e.Key, e => e.Value.ToString()!);
        Headers = toml.Tables("headers")
            .Select(h => new HeaderRule(h.Text("for") ?? "", (h.Table("values") ?? []).ToDictionary(v => v.Key, v => v.Value.ToString()!, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        Redirects = toml.Tables("redirects")
            .Select(r => new RedirectRule(r.Text("from") ?? "", r.Text("to") ?? "", r.TryGetValue("status", out var status) ? (int)(long)status : 301))
            .ToList();
    }

    public string? BuildCommand { get; }

    /// <summary>The folder Netlify publishes, relative to the repository.</summary>
    public string? Publish { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public IReadOnlyList<HeaderRule> Headers { get; }

    public IReadOnlyList<RedirectRule> Redirects { get; }

    public static NetlifyConfig Parse(string text, string file = FileName) => new(TomlReader.Parse(text, file));

    public static NetlifyConfig Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The checkout's netlify.toml, or null if there is none.</summary>
    public static NetlifyConfig? LoadFromRepository() => RepositoryFiles.Find(FileName) is { } path ? Load(path) : null;

    /// <summary>
    /// The headers for a path: every rule whose pattern matches, in order, a later rule's value replacing
    /// an earlier one of the same name (as Netlify's local server does; netlify.toml avoids relying on it).
    /// </summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => r.Matches(path)))
            foreach (var (name, value) in rule.Values)
                headers[name] = value;
        return headers;
    }

    /// <summary>Netlify's own Cache-Control for a path no rule gives one: browsers check for a newer copy on every visit.</summary>
    public const string DefaultCacheControl = "public, max-age=0, must-revalidate";

    /// <summary>The policy every page is served with.</summary>
    public string? ContentSecurityPolicy => HeadersFor("/").GetValueOrDefault("Content-Security-Policy");
}

/// <summary>
/// Netlify's reading of a "for" pattern (that of its headers parser): "*" as a whole segment matches anything
/// below, or nothing; "*" inside a segment matches any text; ":name" matches one segment. A trailing slash is
/// optional, and case does not matter.
/// </summary>
public static class NetlifyPattern
{
    public static bool Matches(string pattern, string path) =>
        Regex.IsMatch(path, RegexOf(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string RegexOf(string pattern)
    {
        var parts = pattern.Split('/').Select(p => p.TrimEnd()).Where(p => p.Length > 0).Select(part =>
            part.StartsWith(':') ? "([^/]+)"
            : part == "*" ? "?(.*)"
            : string.Join("(.*)", part.Split('*').Select(Regex.Escape)));
        return $"^/{string.Join('/', parts)}/?$";
    }
}
