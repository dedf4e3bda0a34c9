using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Pipeline;

/// <summary>Every page of the site, and the files that the pages and the theme's assets make.</summary>
public sealed record RenderedPages(IReadOnlyList<PageSpec> Pages, IReadOnlyList<OutputFile> Files);

/// <summary>render: lists every page (<see cref="SitePages"/>), renders each with its theme component (<see cref="PageRenderer"/>), and adds the theme's files.</summary>
public sealed class RenderPages : IStage<(SiteModel Site, ThemeAssets Theme, SiteTables Tables), RenderedPages>
{
    public string Name => "render";

    public RenderedPages Run((SiteModel Site, ThemeAssets Theme, SiteTables Tables) input) => Render(input, PageRenderer.RenderAll);

    /// <summary>Lists the pages and renders them with <paramref name="render"/>, which the preview's cache replaces with one that renders only what an edit changed.</summary>
    public static RenderedPages Render((SiteModel Site, ThemeAssets Theme, SiteTables Tables) input, Func<IReadOnlyList<PageSpec>, IReadOnlyList<OutputFile>> render)
    {
        var pages = SitePages.Of(input.Site, input.Theme.Paths, input.Tables.OpenData, input.Tables.ItemRows);
        var files = render(pages).Concat(input.Theme.All.Select(a => new OutputFile(a.Path.TrimStart('/'), a.Content))).Concat(input.Theme.RootFiles).ToList();
        return new RenderedPages(pages, files);
    }
}
