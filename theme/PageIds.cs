using InspectionSite.Content.Markdown.HeadingIds;

namespace InspectionSite.Theme;

/// <summary>
/// The element ids the theme gives its pages: sections that links point into (a meeting's #changes), the search
/// form, charts and filters. A heading in a Markdown body must not take one of them, or the page would have two
/// elements with one id and links to the theme's section would land on the heading.
/// </summary>
public static class PageIds
{
    private static readonly HashSet<string> Fixed = new(StringComparer.Ordinal)
    {
        "browse", "certainty", "changes", "claims", "corrections", "details", "documents", "events", "headline", "history", "inspection_events", "inspections",
        "items", "latest-meeting", "latest-reports", "licence", "main", "meetings", "mentions", "named-items", "navigation", "overdue", "paper", "papers-not-accessible", "plotly.js-style-global",
        "progress", "recommendations", "report-an-error", "reports", "search-hint", "search-q", "site-search-q", "sources", "timeline", "totals",
    };

    /// <summary>Charts, table filters and search filters are named by what they show, under these prefixes.</summary>
    private static readonly string[] Prefixes = ["chart-", "filter-", "search-"];

    /// <summary>What Markdown headings keep clear of.</summary>
    public static HeadingIdOptions ForHeadings { get; } = new(Fixed, Prefixes);

    public static bool IsTheme(string id) => ForHeadings.IsReserved(id);
}
