using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace InspectionSite.Rendering;

/// <summary>A rendered file, ready to write: its path under the output folder and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);

/// <summary>
/// Renders the theme's Razor components to HTML with ASP.NET Core's HtmlRenderer. Pages are split
/// across the cores, each with its own renderer, since a renderer works on one page at a time.
/// </summary>
public static class PageRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<OutputFile> RenderAll(IReadOnlyList<PageSpec> pages)
    {
        var results = new OutputFile[pages.Count];
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count / 8 + 1));
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            using var services = new ServiceCollection().BuildServiceProvider();
            using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            for (var i = worker; i < pages.Count; i += workers)
                results[i] = new OutputFile(Content.Site.Routes.OutputFile(pages[i].Path), Utf8.GetBytes(Render(renderer, pages[i])));
        });
        return results;
    }

    private static string Render(HtmlRenderer renderer, PageSpec page) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(page.Component, ParameterView.FromDictionary(page.Parameters.ToDictionary()));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
}
