using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using InspectionSite.Pipeline;

namespace InspectionSite.Tests.Support;

/// <summary>
/// The real input built once (search index included), served on localhost under the strict content
/// security policy the README asks for, and opened in headless Chromium through Playwright: the
/// site as a reader's browser meets it. Pages report every script error and policy violation.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private readonly string _basePath;

    public BrowserSite() : this(basePath: "") { }

    /// <param name="basePath">The sub-folder to build for and serve from, e.g. "/hmicfrs"; "" for the root.</param>
    protected BrowserSite(string basePath) => _basePath = basePath;

    /// <summary>The policy the README documents: no inline script or style; Pagefind's WebAssembly allowed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private readonly TempFolder _folder = new();
    private WebApplication? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => _folder["output"];

    public BuildResult Build { get; private set; } = null!;

    /// <summary>The address the site is served at, e.g. http://127.0.0.1:40123 (no trailing slash).</summary>
    public string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Build = SiteBuilder.Build(Repository.Input, Output, basePath: _basePath);
        _server = Serve(Output, _basePath);
        await _server.StartAsync();
        Address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Assert.True(File.Exists(ChromiumPath), $"Chromium is not at {ChromiumPath}: ./tests/run.sh installs it (apt-get install -y chromium).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    /// <summary>
    /// A fresh tab (its own context, so nothing carries over) that records script errors and policy violations.
    /// <paramref name="policy"/> replaces <see cref="ContentSecurityPolicy"/> for this tab's requests.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(string path, bool javaScript = true, string? policy = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            BaseURL = Address,
            ExtraHTTPHeaders = policy is null ? null : new Dictionary<string, string> { [PolicyRequestHeader] = policy },
        });
        var page = await context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        // The browser asks every site for /favicon.ico by itself; this site has none, and no page links to one.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico:", StringComparison.Ordinal)) problems.Enqueue($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Enqueue(error);
        await page.GotoAsync(path);
        return new BrowserPage(page, context, problems);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _folder.Dispose();
    }

    private const string PolicyRequestHeader = "X-Test-Content-Security-Policy";

    /// <summary>A static file server like a web host's: index.html for folders, Pagefind's own file types, the policy on every response.</summary>
    private static WebApplication Serve(string root, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.Use((context, next) =>
        {
            var requested = context.Request.Headers[PolicyRequestHeader].ToString();
            context.Response.Headers.ContentSecurityPolicy = requested.Length > 0 ? requested : ContentSecurityPolicy;
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = basePath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = basePath, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        return app;
    }
}

/// <summary>One open tab, with what went wrong in it so far.</summary>
public sealed class BrowserPage(IPage page, IBrowserContext context, ConcurrentQueue<string> problems) : IAsyncDisposable
{
    public IPage Page => page;

    /// <summary>Script errors and content security policy violations, as the console reported them.</summary>
    public IReadOnlyCollection<string> Problems => problems;

    /// <summary>The address bar: the path and query after the host.</summary>
    public string PathAndQuery => new Uri(page.Url).PathAndQuery;

    /// <summary>One parameter of the address bar's query, decoded; null when absent.</summary>
    public string? Query(string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(page.Url).Query).TryGetValue(name, out var value) ? value.ToString() : null;

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

/// <summary>The same, built for and served from a sub-folder, as a site hosted under an organisation's own domain would be.</summary>
public sealed class SubFolderBrowserSite() : BrowserSite(basePath: "/hmicfrs");

[CollectionDefinition(Name)]
public sealed class SubFolderBrowserCollection : ICollectionFixture<SubFolderBrowserSite>
{
    public const string Name = "Browser, sub-folder";
}
