namespace InspectionSite.BrowserTests.Hosting;

/// <summary>
/// The response headers the site is served with in these tests. netlify.toml is the one source of truth:
/// its [[headers]] blocks are applied as Netlify applies them. Only while it sets no Content-Security-Policy
/// do the tests add <see cref="FallbackPolicy"/>, so that the pages are still proved to run under a strict one.
/// </summary>
public sealed class SiteHeaders(IReadOnlyList<HeaderRule> rules)
{
    public const string PolicyHeader = "Content-Security-Policy";

    /// <summary>
    /// No inline script, nothing from another origin, no plugins, no framing; the one inline style allowed
    /// is the stylesheet plotly.js inserts, by its hash.
    /// </summary>
    public const string FallbackPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-2GF9hCGTDj/GGFNlQA54jDdMGl2fvoeZmZjAvBSiAtM='; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public IReadOnlyList<HeaderRule> Rules { get; } = rules;

    public static SiteHeaders FromNetlifyToml(string file)
    {
        var rules = NetlifyToml.ReadHeaders(file);
        var setsPolicy = rules.Any(r => r.Values.Any(v => v.Key.Equals(PolicyHeader, StringComparison.OrdinalIgnoreCase)));
        return new SiteHeaders(setsPolicy ? rules : [.. rules, new HeaderRule("/*", [new(PolicyHeader, FallbackPolicy)])]);
    }

    /// <summary>Every header for a request path, in file order; a header set by two matching blocks is sent twice, and both apply.</summary>
    public IEnumerable<KeyValuePair<string, string>> For(string path) => Rules.Where(r => r.Matches(path)).SelectMany(r => r.Values);
}
