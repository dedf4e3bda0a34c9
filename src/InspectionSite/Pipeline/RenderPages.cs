using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Pipeline;

/// <summary>render: renders each page with its theme component (<see cref="PageRenderer"/>), and adds the theme's files.</summary>
public sealed class RenderPages : IStage<(SiteModel Site, ThemeAssets Theme, IReadOnlyList<PageSpec> Pages), IReadOnlyList<OutputFile>>
{
    public string Name => "render";

    public IReadOnlyList<OutputFile> Run((SiteModel Site, ThemeAssets Theme, IReadOnlyList<PageSpec> Pages) input) =>
        WithThemeFiles(PageRenderer.RenderAll(input.Pages), input.Theme);

    /// <summary>The pages' files, then the theme's assets and the files that stand at the site's root.</summary>
    public static IReadOnlyList<OutputFile> WithThemeFiles(IEnumerable<OutputFile> pages, ThemeAssets theme) =>
        pages.Concat(theme.All.Select(a => new OutputFile(a.Path.TrimStart('/'), a.Content))).Concat(theme.RootFiles).ToList();
}
