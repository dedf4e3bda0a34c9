using System.Globalization;
using System.Text.RegularExpressions;
using InspectionSite.Tools;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;

namespace InspectionSite.Netlify;

/// <summary>netlify.toml is not valid TOML: where, what, and what to do.</summary>
public sealed class NetlifyConfigException(string file, int line, int column, string problem)
    : Exception($"{file}:{line}:{column}: {problem.TrimEnd('.', ' ', '\n')}. Correct the file: Netlify refuses to deploy a netlify.toml that is not valid TOML (see https://toml.io).")
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

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
        var build = Table(toml, "build");
        BuildCommand = Text(build, "command");
        Publish = Text(build, "publish");
        Environment = Table(build, "environment").ToDictionary(e => e.Key, e => Convert.ToString(e.Value, CultureInfo.InvariantCulture)!);
        Headers = Tables(toml, "headers")
            .Select(h => new HeaderRule(Text(h, "for") ?? "", Table(h, "values").ToDictionary(v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)!, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        Redirects = Tables(toml, "redirects")
            .Select(r => new RedirectRule(Text(r, "from") ?? "", Text(r, "to") ?? "", r.TryGetValue("status", out var status) ? Convert.ToInt32(status, CultureInfo.InvariantCulture) : 301))
            .ToList();
    }

    private static string? Text(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value as string : null;

    private static TomlTable Table(TomlTable table, string key) => table.TryGetValue(key, out var value) && value is TomlTable child ? child : [];

    /// <summary>An array of tables, written either as [[key]] headers or as key = [{ ... }, { ... }].</summary>
    private static IEnumerable<TomlTable> Tables(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) ? value switch { TomlTableArray tables => tables, TomlArray array => array.OfType<TomlTable>(), _ => [] } : [];

    public string? BuildCommand { get; }

    /// <summary>The folder Netlify publishes, relative to the repository.</summary>
    public string? Publish { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public IReadOnlyList<HeaderRule> Headers { get; }

    public IReadOnlyList<RedirectRule> Redirects { get; }

    /// <summary>Reads netlify.toml as TOML 1.1: anything Netlify would refuse is refused here too, with its place in the file.</summary>
    public static NetlifyConfig Parse(string text, string file = FileName)
    {
        try
        {
            // The syntax tree is checked first: reading straight into a table would let a repeated key or table pass.
            SyntaxParser.ParseStrict(text, file, validate: true);
            return new(TomlSerializer.Deserialize<TomlTable>(text)!);
        }
        catch (Tomlyn.TomlException e)
        {
            var problem = e.Diagnostics is { Count: > 0 } diagnostics ? diagnostics[0].Message : e.Message;
            throw new NetlifyConfigException(file, e.Line ?? 1, e.Column ?? 1, problem);
        }
    }

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
