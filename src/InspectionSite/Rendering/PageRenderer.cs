using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace InspectionSite.Rendering;

/// <summary>A rendered file, ready to write: its path under the output folder and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);

/// <summary>
/// Renders the theme's Razor components to HTML with ASP.NET Core's HtmlRenderer, splitting the pages
/// across the cores in small batches. A renderer keeps every component it has rendered until it is
/// disposed, so each batch gets a fresh one: otherwise a worker would hold all its pages' components to the end.
/// </summary>
public static class PageRenderer
{
    private const int PagesPerRenderer = 32;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Each thread's page buffer, kept from page to page and from build to build: it grows to the largest page
    /// once, rather than for every page, and the preview does not allocate a large one again at every rebuild.
    /// </summary>
    [ThreadStatic] private static MemoryStream? t_buffer;

    public static IReadOnlyList<OutputFile> RenderAll(IReadOnlyList<PageSpec> pages)
    {
        if (pages.Count == 0) return [];
        var results = new OutputFile[pages.Count];
        using var services = new ServiceCollection().BuildServiceProvider();
        Parallel.ForEach(Partitioner.Create(0, pages.Count, PagesPerRenderer), batch =>
        {
            using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            var buffer = t_buffer ??= new MemoryStream();
            for (var i = batch.Item1; i < batch.Item2; i++)
                results[i] = new OutputFile(Content.Site.Routes.OutputFile(pages[i].Path), Render(renderer, pages[i], buffer));
        });
        return results;
    }

    private static byte[] Render(HtmlRenderer renderer, PageSpec page, MemoryStream buffer) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(page.Component, ParameterView.FromDictionary(page.Parameters.ToDictionary()));
            buffer.SetLength(0);
            using (var writer = new StreamWriter(buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
                output.WriteHtmlTo(writer);
            return buffer.ToArray();
        }).GetAwaiter().GetResult();
}
