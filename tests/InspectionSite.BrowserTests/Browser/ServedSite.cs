using InspectionSite.Preview;
using InspectionSite.Tests.Support;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>
/// A built site folder, served on 127.0.0.1 for as long as this lives, and the address of each of its pages. The
/// preview's server serves it, with the headers of netlify.toml, so the pages are tested as the product serves them.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly PreviewServer _server;

    private ServedSite(string folder, PreviewServer server, string basePath)
    {
        Folder = folder;
        _server = server;
        Pages = BuiltSite.PagePaths(folder).Select(page => basePath + page).ToList();
    }

    public string Folder { get; }

    public Uri Address => _server.SiteAddress;

    /// <summary>The path of every page in the folder, as a reader would type it: "/", "/reports/solihull-jtai/", "/404.html".</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <param name="basePath">The sub-folder the site was built for and is served from, e.g. "/hmicfrs"; "" for the root.</param>
    public static async Task<ServedSite> StartAsync(string folder, string basePath = "") =>
        new(folder, await PreviewServer.ServeAsync(folder, SiteHeaders.Netlify, basePath), basePath);

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
