using System.Net;
using InspectionSite.Content.Site;
using InspectionSite.Netlify;
using InspectionSite.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InspectionSite.Preview;

/// <summary>What the preview builds, which folders it watches, where it listens, and the headers it sends.</summary>
public sealed record PreviewSettings(BuildOptions Build, IReadOnlyList<string> WatchedFolders, int Port, NetlifyConfig? Netlify);

/// <summary>
/// The live preview: builds the site, serves the output folder on 127.0.0.1 with Kestrel and the headers
/// of netlify.toml, rebuilds when the sources change, and tells open pages over Server-Sent Events, so that
/// they reload, or show the problems of a failed rebuild over the last good site. <see cref="ServeAsync"/>
/// serves a built folder the same way, without building, watching or the live script.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Addresses under this prefix belong to the preview, never to the site.</summary>
    public const string Prefix = "/_preview/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "preview.js";
    public const string StylesPath = Prefix + "preview.css";

    private readonly WebApplication _app;
    private readonly SiteRebuilder? _rebuilder;
    private readonly ServedSite _served;

    private PreviewServer(WebApplication app, SiteRebuilder? rebuilder, ServedSite served, Uri address, Uri siteAddress)
    {
        _app = app;
        _rebuilder = rebuilder;
        _served = served;
        Address = address;
        SiteAddress = siteAddress;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Address { get; }

    /// <summary>The site's home page: <see cref="Address"/> under the base path the site was built for.</summary>
    public Uri SiteAddress { get; }

    /// <summary>Builds the site once, starts watching, then listens. Throws <see cref="ArgumentException"/> for an unusable folder.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewSettings settings, TextWriter log)
    {
        var output = new BuildPipeline(settings.Build).OpenOutputFolder();
        if (!Directory.Exists(settings.Build.InputFolder)) throw new ArgumentException($"The input folder '{settings.Build.InputFolder}' does not exist.");
        var served = new ServedSite(settings.Build.OutputFolder);
        var events = new BuildEvents(new BuildStatus(served.Build, []));
        var rebuilder = new SiteRebuilder(settings.Build, output, served, events, log);
        try
        {
            rebuilder.Build("Started");
            rebuilder.Watch(settings.WatchedFolders);
            _ = Task.Run(rebuilder.WarmUp);
            var basePath = new Routes(settings.Build.BasePath).BasePath;
            return await ListenAsync(served, basePath, settings.Port, settings.Netlify, new PreviewClient(events), rebuilder);
        }
        catch
        {
            rebuilder.Dispose();
            served.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Serves a folder the build wrote, as it stands, at the root of a free port: the same answers and headers
    /// as the preview, with no build, no watching and nothing added to the pages, which is what Netlify serves.
    /// </summary>
    /// <param name="basePath">The sub-folder the site was built for, e.g. "/hmicfrs"; "" or null for the root.</param>
    public static async Task<PreviewServer> ServeAsync(string folder, NetlifyConfig? netlify, string? basePath = null)
    {
        var served = new ServedSite(folder);
        try
        {
            return await ListenAsync(served, new Routes(basePath).BasePath, port: 0, netlify, client: null, rebuilder: null);
        }
        catch
        {
            served.Dispose();
            throw;
        }
    }

    private static async Task<PreviewServer> ListenAsync(ServedSite served, string basePath, int port, NetlifyConfig? netlify, PreviewClient? client, SiteRebuilder? rebuilder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CallerStopsLifetime>(); // the verb handles Ctrl+C, not the host
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddResponseCompression(Compression.Configure);
        builder.Services.Configure<BrotliCompressionProviderOptions>(Compression.Configure);
        builder.Services.Configure<GzipCompressionProviderOptions>(Compression.Configure);
        var app = builder.Build();
        app.UseResponseCompression();
        var files = new SiteFiles(served, basePath);
        app.Run(context => Respond(context, files, client, netlify, app.Lifetime.ApplicationStopping));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new PreviewServer(app, rebuilder, served, address, new Uri(address, basePath + "/"));
    }

    private static async Task Respond(HttpContext context, SiteFiles files, PreviewClient? client, NetlifyConfig? netlify, CancellationToken stopping)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in netlify?.HeadersFor(path) ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (!context.Response.Headers.ContainsKey("Cache-Control"))
            context.Response.Headers.CacheControl = NetlifyConfig.DefaultCacheControl;

        if (client is not null && await client.TryRespondAsync(context, path, stopping)) return;

        switch (files.Resolve(path))
        {
            case RedirectResponse redirect:
                context.Response.StatusCode = redirect.Status;
                context.Response.Headers.Location = redirect.Location;
                break;
            case FileResponse file:
                context.Response.StatusCode = file.Status;
                context.Response.ContentType = file.ContentType;
                var body = client?.BodyOf(file) ?? file.Content;
                if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body);
                break;
        }
    }

    /// <summary>Stops listening (closing the pages' event streams), then stops watching once any rebuild under way has finished.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rebuilder?.Dispose();
        _served.Dispose();
    }

    /// <summary>Lets the preview verb, not the host, decide when to stop (it owns Ctrl+C).</summary>
    private sealed class CallerStopsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
