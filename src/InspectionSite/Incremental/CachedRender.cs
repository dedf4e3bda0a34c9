using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;

namespace InspectionSite.Incremental;

/// <summary>
/// render, with the cache: renders only the pages that show a changed row or body (<see cref="ContentChanges"/>,
/// <see cref="PagesByKey"/>), and the pages that are new; every other page's file is the last build's.
/// </summary>
internal sealed class CachedRender(IStage<(SiteModel Site, ThemeAssets Theme, IReadOnlyList<PageSpec> Pages), IReadOnlyList<OutputFile>> render, Rebuild rebuild)
    : IStage<(SiteModel Site, ThemeAssets Theme, IReadOnlyList<PageSpec> Pages), IReadOnlyList<OutputFile>>
{
    public string Name => render.Name;

    public IReadOnlyList<OutputFile> Run((SiteModel Site, ThemeAssets Theme, IReadOnlyList<PageSpec> Pages) input)
    {
        var pages = input.Pages;
        if (rebuild.Last is not { } last || rebuild.Changes is not { } changes)
        {
            rebuild.PagesRendered = pages.Select(p => p.Path).ToList();
            return render.Run(input);
        }
        var toRender = PagesToRender(pages, input.Site, input.Theme.Paths, last, changes);
        rebuild.PagesRendered = toRender.Select(p => p.Path).ToList();
        var rendered = PageRenderer.RenderAll(toRender).ToDictionary(f => f.Path, StringComparer.Ordinal);
        return RenderPages.WithThemeFiles(
            pages.Select(p => Routes.OutputFile(p.Path)).Select(path => rendered.TryGetValue(path, out var file) ? file : last.Files[path]), input.Theme);
    }

    /// <summary>The pages whose content changed, or that are new; all of them when the theme's files changed.</summary>
    private IReadOnlyList<PageSpec> PagesToRender(IReadOnlyList<PageSpec> pages, SiteModel site, IReadOnlyDictionary<string, string> assetPaths, LastBuild last, HashSet<string> changes)
    {
        var samePages = !PageDependencies.Structure.Overlaps(changes); // then every page is one the last build had, showing what it did
        var byKey = rebuild.PagesByKey = samePages ? last.PagesByKey : new PagesByKey(pages, site);
        if (!SameAssets(last.Produced.Theme.Paths, assetPaths)) return pages;
        var changed = byKey.Showing(changes.Concat(ContentChanges.InBodies(last.Produced.Site, site)).Concat(ContentChanges.InFilters(last.Produced.Site, site, changes)));
        return pages.Where(p => changed.Contains(p.Path) || !samePages && !last.Files.ContainsKey(Routes.OutputFile(p.Path))).ToList();
    }

    private static bool SameAssets(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var path) && path == pair.Value);
}
