using System.Net;
using System.Net.ServerSentEvents;
using System.Text;
using InspectionSite.Content.Site;
using InspectionSite.Netlify;
using InspectionSite.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InspectionSite.Preview;

/// <summary>What the preview builds, which folders it watches, where it listens, and the headers it sends.</summary>
public sealed record PreviewSettings(BuildOptions Build, IReadOnlyList<string> WatchedFolders, int Port, NetlifyConfig? Netlify);

/// <summary>
/// The live preview: builds the site, serves the output folder on 127.0.0.1 with Kestrel and the headers
/// of netlify.toml, rebuilds when the sources change, and tells open pages over Server-Sent Events, so that
/// they reload, or show the problems of a failed rebuild over the last good site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Addresses under this prefix belong to the preview, never to the site.</summary>
    public const string Prefix = "/_preview/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "preview.js";
    public const string StylesPath = Prefix + "preview.css";

    private readonly WebApplication _app;
    private readonly SiteRebuilder _rebuilder;
    private readonly ServedSite _served;

    private PreviewServer(WebApplication app, SiteRebuilder rebuilder, ServedSite served, Uri address, Uri siteAddress)
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
        var output = new BuildPipeline(settings.Build).OutputFolder();
        if (!Directory.Exists(settings.Build.InputFolder)) throw new ArgumentException($"The input folder '{settings.Build.InputFolder}' does not exist.");
        var served = new ServedSite(settings.Build.OutputFolder);
        var events = new BuildEvents(new BuildStatus(served.Build, []));
        var rebuilder = new SiteRebuilder(settings.Build, output, served, events, log);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CallerStopsLifetime>(); // the verb handles Ctrl+C, not the host
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));
        var app = builder.Build();
        var basePath = new Routes(settings.Build.BasePath).BasePath;
        var files = new SiteFiles(served, basePath);
        var client = new PreviewClient();
        app.Run(context => Respond(context, files, client, events, settings.Netlify, app.Lifetime.ApplicationStopping));
        try
        {
            rebuilder.Build("Started");
            rebuilder.Watch(settings.WatchedFolders);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            rebuilder.Dispose();
            served.Dispose();
            throw;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new PreviewServer(app, rebuilder, served, address, new Uri(address, basePath + "/"));
    }

    private static async Task Respond(HttpContext context, SiteFiles files, PreviewClient client, BuildEvents events, NetlifyConfig? netlify, CancellationToken stopping)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in netlify?.HeadersFor(path) ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (!context.Response.Headers.ContainsKey("Cache-Control"))
            context.Response.Headers.CacheControl = NetlifyConfig.DefaultCacheControl;

        if (path == EventsPath)
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await TypedResults.ServerSentEvents(StatusEvents(events, cancel.Token)).ExecuteAsync(context);
            return;
        }
        if (client.Find(path) is { } clientFile)
        {
            context.Response.ContentType = clientFile.ContentType;
            await context.Response.Body.WriteAsync(clientFile.Content);
            return;
        }

        switch (files.Resolve(path))
        {
            case RedirectResponse redirect:
                context.Response.StatusCode = redirect.Status;
                context.Response.Headers.Location = redirect.Location;
                break;
            case FileResponse file:
                context.Response.StatusCode = file.Status;
                context.Response.ContentType = file.ContentType;
                var body = file.IsHtml ? PreviewClient.InjectInto(file.Content, file.Build) : file.Content;
                if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body);
                break;
        }
    }

    /// <summary>"built" with the served build, or "failed" with every problem; pages decide from it whether to reload.</summary>
    private static async IAsyncEnumerable<SseItem<StatusMessage>> StatusEvents(BuildEvents events, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        await foreach (var status in events.Subscribe(cancel))
            yield return new SseItem<StatusMessage>(StatusMessage.Of(status), status.Succeeded ? "built" : "failed");
    }

    /// <summary>Stops listening (closing the pages' event streams), then stops watching once any rebuild under way has finished.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rebuilder.Dispose();
        _served.Dispose();
    }

    /// <summary>Lets the preview verb, not the host, decide when to stop (it owns Ctrl+C).</summary>
    private sealed class CallerStopsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The data of one event, as the page's script reads it.</summary>
public sealed record StatusMessage(string Build, IReadOnlyList<ProblemMessage> Problems)
{
    public static StatusMessage Of(BuildStatus status) =>
        new(status.ServedBuild, status.Problems.Select(p => new ProblemMessage(p.Location.ToString(), p.Message, p.Fix)).ToList());
}

public sealed record ProblemMessage(string Location, string Message, string Fix);
