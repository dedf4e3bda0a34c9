using InspectionSite.Pipeline;
using InspectionSite.Tests.Support;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>
/// Shared by every browser test: the real input built once, served with the netlify.toml headers,
/// and the run's one <see cref="Chromium"/>. Each check opens its own browser context, so no test sees another's state.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly string _basePath;

    public BrowserSite() : this(basePath: "") { }

    /// <param name="basePath">The sub-folder the site is built for and served from, e.g. "/hmicfrs"; "" for the root.</param>
    protected BrowserSite(string basePath) => _basePath = basePath;

    private IBrowser? _browser;
    private ServedSite? _site;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public ServedSite Site => _site ?? throw new InvalidOperationException("The site is not served.");

    /// <summary>What the build read and wrote, to compare the served site with.</summary>
    public BuildResult Build { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var output = _folder["output"];
        Build = SiteBuilder.Build(Input(_folder), output, basePath: _basePath);
        _site = await ServedSite.StartAsync(output, _basePath);
        _browser = await Chromium.BrowserAsync();
    }

    /// <summary>The input folder to build: the real input, unless a subclass writes another into <paramref name="folder"/>.</summary>
    protected virtual string Input(TempFolder folder) => Repository.Input;

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

/// <summary>The same, built for and served from a sub-folder, as a site under an organisation's own domain would be.</summary>
public sealed class SubFolderBrowserSite() : BrowserSite(basePath: "/hmicfrs");

[CollectionDefinition(Name)]
public sealed class SubFolderBrowserCollection : ICollectionFixture<SubFolderBrowserSite>
{
    public const string Name = "Browser, sub-folder";
}

/// <summary>A synthetic input of 200 recommendations, built and served the same way: search over many similar pages.</summary>
public sealed class SyntheticBrowserSite : BrowserSite
{
    protected override string Input(TempFolder folder)
    {
        InspectionSite.Synthetic.SyntheticInput.Write(InspectionSite.Synthetic.SyntheticScale.ForRecommendations(200), folder["input"]);
        return folder["input"];
    }
}
