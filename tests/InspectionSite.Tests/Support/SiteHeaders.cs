using InspectionSite.Netlify;

namespace InspectionSite.Tests.Support;

/// <summary>
/// The headers the site is served with, read from the checkout's netlify.toml: the one source of the
/// Content-Security-Policy for every test that loads pages, as for Netlify and the preview.
/// </summary>
public static class SiteHeaders
{
    public const string PolicyHeader = "Content-Security-Policy";

    public static NetlifyConfig Netlify { get; } = NetlifyConfig.Load(Path.Combine(Repository.Root, NetlifyConfig.FileName));

    public static string ContentSecurityPolicy => Netlify.ContentSecurityPolicy ?? throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy for /.");

    /// <summary>
    /// The policy's directives: "script-src" to its sources. As in browsers, names are read in any case, and a
    /// directive given twice counts only the first time.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .DistinctBy(d => d[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(d => d[0], d => d[1..], StringComparer.OrdinalIgnoreCase);
}
