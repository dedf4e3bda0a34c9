using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace InspectionSite.Rendering;

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

    public static IReadOnlyList<OutputFile> RenderAll(IReadOnlyList<PageSpec> pages) =>
        RenderEach(pages, PagesPerRenderer, page => page.Component, page => page.Parameters, (page, html) => new OutputFile(Content.Site.Routes.OutputFile(page.Path), html.ToArray()));

    /// <summary>Parts of pages, one large component each, rendered to HTML text for pages to include as they are (<see cref="ItemRows"/>).</summary>
    public static IReadOnlyList<string> RenderParts<TComponent>(IReadOnlyList<IReadOnlyDictionary<string, object?>> parameters) where TComponent : IComponent =>
        RenderEach(parameters, 1, _ => typeof(TComponent), p => p, (_, html) => Utf8.GetString(html.GetBuffer(), 0, (int)html.Length));

    private static T[] RenderEach<TSpec, T>(IReadOnlyList<TSpec> specs, int perRenderer, Func<TSpec, Type> componentOf, Func<TSpec, IReadOnlyDictionary<string, object?>> parametersOf,
        Func<TSpec, MemoryStream, T> result)
    {
        var results = new T[specs.Count];
        if (specs.Count == 0) return results;
        using var services = new ServiceCollection().BuildServiceProvider();
        // A few pages (a preview rebuild) go one to a batch, so that both cores share them.
        var batchSize = Math.Clamp(specs.Count / (Environment.ProcessorCount * 4), 1, perRenderer);
        Parallel.ForEach(Partitioner.Create(0, specs.Count, batchSize), batch =>
        {
            using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            var buffer = t_buffer ??= new MemoryStream();
            for (var i = batch.Item1; i < batch.Item2; i++)
            {
                Render(renderer, componentOf(specs[i]), parametersOf(specs[i]), buffer);
                results[i] = result(specs[i], buffer);
            }
        });
        return results;
    }

    private static void Render(HtmlRenderer renderer, Type component, IReadOnlyDictionary<string, object?> parameters, MemoryStream buffer) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            buffer.SetLength(0);
            using var writer = new StreamWriter(buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
            output.WriteHtmlTo(writer);
        }).GetAwaiter().GetResult();
}
