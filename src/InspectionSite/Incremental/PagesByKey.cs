using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Incremental;

/// <summary>
/// The pages that show each <see cref="ChangeKeys">change key</see>, from <see cref="PageDependencies"/>: worked
/// out once for a site model, so that finding the pages one edit touches costs in proportion to the edit.
/// </summary>
public sealed class PagesByKey
{
    private readonly Dictionary<string, List<string>> _paths = new(StringComparer.Ordinal);

    public PagesByKey(IReadOnlyList<PageSpec> pages, SiteModel site)
    {
        foreach (var page in pages)
            foreach (var key in PageDependencies.Of(page, site))
                (_paths.TryGetValue(key, out var paths) ? paths : _paths[key] = []).Add(page.Path);
    }

    /// <summary>The paths of the pages that show any of <paramref name="keys"/>.</summary>
    public IReadOnlySet<string> Showing(IEnumerable<string> keys) =>
        keys.SelectMany(key => _paths.TryGetValue(key, out var paths) ? paths : []).ToHashSet(StringComparer.Ordinal);
}
