using InspectionSite.Tests.Support;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>
/// Shared by every browser test: the real input built once, served with the netlify.toml headers,
/// and one chromium. Each check opens its own browser context, so no test sees another's state.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServedSite? _site;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public ServedSite Site => _site ?? throw new InvalidOperationException("The site is not served.");

    public async Task InitializeAsync()
    {
        var output = _folder["output"];
        SiteBuilder.Build(Repository.Input, output);
        _site = await ServedSite.StartAsync(output);
        _playwright = await Playwright.CreateAsync();
        // Playwright drives Debian's chromium; it never downloads a browser of its own.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = HeadlessChromium.Executable, Headless = true, Args = HeadlessChromium.Switches });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
