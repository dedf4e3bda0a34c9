using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;
using InspectionSite.Theme.Pages;

namespace InspectionSite.Incremental;

/// <summary>
/// What each page shows, as <see cref="ChangeKeys"/>: a page is rendered again only when one of its keys
/// changed. This mirrors what the theme's page components read from the site model; when a component
/// starts to show something new, its keys here must grow too (the incremental-build tests compare
/// every page against a full build after each kind of edit, and fail if they do not).
/// </summary>
public static class PageDependencies
{
    private static readonly string[] Everything =
        [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.ProgressListed, ChangeKeys.Meetings, ChangeKeys.Snapshots];

    /// <summary>
    /// The changes that can alter which pages there are or which rows a page lists (its keys below): while none
    /// of them changes, every page keeps the keys it had. Site covers the free pages, whose ID changes also change Site.
    /// </summary>
    public static readonly IReadOnlySet<string> Structure = new HashSet<string>(StringComparer.Ordinal)
        { ChangeKeys.Site, ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.ProgressRows, ChangeKeys.Meetings };

    public static IEnumerable<string> Of(PageSpec page, SiteModel site)
    {
        yield return ChangeKeys.Site; // the layout: site name, free pages in the footer, the as-of date
        foreach (var key in OwnKeys(page, site)) yield return key;
    }

    private static IEnumerable<string> OwnKeys(PageSpec page, SiteModel site)
    {
        var component = page.Component;
        if (component == typeof(HomePage)) return Everything;
        if (component == typeof(InspectionsPage)) return [ChangeKeys.Inspections, ChangeKeys.Reports];
        if (component == typeof(ReportsPage)) return [ChangeKeys.Reports, ChangeKeys.ItemsListed];
        if (component == typeof(RecommendationsPage)) return [ChangeKeys.ItemsListed, ChangeKeys.Reports, ChangeKeys.ProgressListed, ChangeKeys.Meetings];
        if (component == typeof(MeetingsPage)) return [ChangeKeys.Meetings];
        if (component == typeof(InspectionPage)) return OfInspection(Subject<Inspection>(page, "Inspection"));
        if (component == typeof(ReportPage)) return OfReport(Subject<Report>(page, "Report"), site);
        if (component == typeof(RecommendationPage)) return OfItem(Subject<Recommendation>(page, "Item"));
        if (component == typeof(MeetingPage)) return OfMeeting(Subject<Meeting>(page, "Meeting"), site);
        if (component == typeof(ContentPage)) return [ChangeKeys.Page(Subject<Page>(page, "Page").Id)];
        if (component == typeof(NotFoundPage)) return [];
        // Topics are gathered from the rows of inspections, reports and items; their pages list those rows, and item tables show states.
        if (component == typeof(TopicPage)) return OfTopic(Subject<Topic>(page, "Topic"), site);
        if (component == typeof(TopicsPage) || component == typeof(SearchPage))
            return [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.ProgressListed, ChangeKeys.Meetings];
        return [ChangeKeys.Always]; // a page this list does not know (such as the open-data page) is always rendered again
    }

    /// <summary>A topic's page lists the rows that name it: any listed change to a row may add or remove one; a progress row changes only its item's state.</summary>
    private static IEnumerable<string> OfTopic(Topic topic, SiteModel site) =>
        new[] { ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.Meetings }
            .Concat(site.RecommendationsAbout(topic).Select(item => ChangeKeys.ProgressOf(item.Id)));

    private static IEnumerable<string> OfInspection(Inspection inspection) =>
        [ChangeKeys.Inspection(inspection.Id), ChangeKeys.InspectionBody(inspection.Id), ChangeKeys.Reports, ChangeKeys.Meetings];

    private static IEnumerable<string> OfReport(Report report, SiteModel site) =>
        new[] { ChangeKeys.Report(report.Id), ChangeKeys.ReportBody(report.Id), ChangeKeys.ItemsOfReport(report.Id), ChangeKeys.Inspections, ChangeKeys.Meetings }
            .Concat(site.RecommendationsOf(report).SelectMany(item => new[] { ChangeKeys.Item(item.Id), ChangeKeys.ProgressOf(item.Id) }));

    /// <summary>An item's page shows its report's title and date (its due date depends on it) and the meetings of its history.</summary>
    private static IEnumerable<string> OfItem(Recommendation item) =>
        new[] { ChangeKeys.Item(item.Id), ChangeKeys.ProgressOf(item.Id), ChangeKeys.Meetings }
            .Concat(item.ReportId is { } report ? [ChangeKeys.Report(report)] : []);

    /// <summary>A meeting's page compares it with the previous meeting: the items it reports, their earlier status, and the reports between.</summary>
    private static IEnumerable<string> OfMeeting(Meeting meeting, SiteModel site) =>
        new[] { ChangeKeys.Meeting(meeting.Id), ChangeKeys.MeetingBody(meeting.Id), ChangeKeys.ProgressAt(meeting.Id), ChangeKeys.Meetings, ChangeKeys.Reports, ChangeKeys.Inspections, ChangeKeys.Snapshots }
            .Concat(site.ChangesAt(meeting).Items.SelectMany(change => new[] { ChangeKeys.Item(change.Item.Id), ChangeKeys.ProgressOf(change.Item.Id) }));

    private static T Subject<T>(PageSpec page, string parameter) => (T)page.Parameters[parameter]!;
}
