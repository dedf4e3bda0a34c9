using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Incremental;

/// <summary>
/// What each page shows, as <see cref="ChangeKeys"/>: a page is rendered again only when one of its keys
/// changed. Each kind of page declares its own (<see cref="PageKinds"/>).
/// </summary>
public static class PageDependencies
{
    /// <summary>The changes that can add or remove a page: what the sitemap is made from, besides the site's address.</summary>
    public static readonly IReadOnlySet<string> WhichPages = PageKinds.All.SelectMany(kind => kind.PagesChangeWith).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The changes that can alter which pages there are or which rows a page lists (its keys): while none of them
    /// changes, every page keeps the keys it had. Pages list items by their rows (a report's, a topic's), and a
    /// meeting's page the items its progress rows report.
    /// </summary>
    public static readonly IReadOnlySet<string> Structure = WhichPages.Append(ChangeKeys.ItemsListed).Append(ChangeKeys.ProgressRows).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<string> Of(PageSpec page, SiteModel site)
    {
        yield return ChangeKeys.Site; // the layout: site name, free pages in the footer, the as-of date
        foreach (var key in page.Kind.KeysOf(page, site)) yield return key;
    }
}
