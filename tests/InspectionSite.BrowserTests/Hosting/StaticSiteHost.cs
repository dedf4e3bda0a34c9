using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace InspectionSite.BrowserTests.Hosting;

/// <summary>
/// Serves a built site on 127.0.0.1 as Netlify would: "/reports/x/" from reports/x/index.html, the
/// netlify.toml headers on every response, and 404.html with status 404 for anything missing.
/// </summary>
public sealed class StaticSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public static async Task<StaticSiteHost> StartAsync(string folder, SiteHeaders headers)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                foreach (var (name, value) in headers.For(context.Request.Path.Value ?? "/"))
                    context.Response.Headers.Append(name, value);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (!notFound.Exists) return;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        });

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StaticSiteHost(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
