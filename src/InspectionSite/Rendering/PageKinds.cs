using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Incremental;
using InspectionSite.Theme.Components;
using InspectionSite.Theme.Pages;

namespace InspectionSite.Rendering;

/// <summary>
/// Every kind of page the site has, in the order they are rendered. The pages (<see cref="SitePages"/>), the sections
/// a free page may not take and the addresses links may lead to (<see cref="PageRoutes"/>), the sitemap and the
/// preview's page dependencies (<see cref="PageDependencies"/>) all come from this list: a new kind of page is
/// declared here and drawn by its component in theme/Pages.
/// </summary>
/// <remarks>
/// A page's keys mirror what its component reads from the site model; when a component starts to show something new,
/// its keys here must grow too (the incremental-build tests compare every page against a full build after each kind
/// of edit, and fail if they do not). Every page also shows the layout (<see cref="ChangeKeys.Site"/>).
/// </remarks>
public static class PageKinds
{
    private static readonly string[] Everything =
        [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.ProgressListed, ChangeKeys.Meetings, ChangeKeys.Totals];

    public static readonly IReadOnlyList<PageKind> All =
    [
        new SectionPage<HomePage>(Routes.Home, Everything),
        // The lists are shown a hundred rows at a time (ListPage); a row added or removed can add or remove a page.
        new SectionPage<InspectionsPage>(Routes.Inspections, [ChangeKeys.Inspections, ChangeKeys.Reports])
            { Rows = site => site.Inspections.Count, PagesChangeWith = [ChangeKeys.Inspections] },
        new SectionPage<ReportsPage>(Routes.Reports, [ChangeKeys.Reports, ChangeKeys.ItemsListed])
            { Rows = site => site.Reports.Count, PagesChangeWith = [ChangeKeys.Reports] },
        // Each page of the list shows its own rows' states, and the filter options of them all.
        new SectionPage<RecommendationsPage>(Routes.Recommendations, [ChangeKeys.ItemsListed, ChangeKeys.Reports, ChangeKeys.Meetings, ChangeKeys.ItemFilters])
            {
                Rows = site => RecommendationsPage.ItemsOf(site).Count, RowKeys = (site, page) => ProgressOf(page.Of(RecommendationsPage.ItemsOf(site))),
                PagesChangeWith = [ChangeKeys.ItemsListed],
            },
        new SectionPage<MeetingsPage>(Routes.Meetings, [ChangeKeys.Meetings])
            { Rows = site => site.Meetings.Count, PagesChangeWith = [ChangeKeys.Meetings] },
        new SectionPage<TopicsPage>(Routes.Topics, [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed])
            { Rows = site => site.Topics.Count, PagesChangeWith = [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed] },
        // The search form offers every value of every filter; of progress, that is only which statuses items hold.
        new SectionPage<SearchPage>(Routes.Search, [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.Meetings, ChangeKeys.SearchFilters]),
        new SectionPage<NotFoundPage>(Routes.NotFound, []) { Listed = false },
        new SectionPage<HowWeKnowPage>(Routes.HowWeKnow, [ChangeKeys.Meetings, ChangeKeys.Corrections]),
        // The open-data tables are made afresh at every build, so the page is rendered at every build (it comes out the same when nothing changed).
        new SectionPage<OpenDataPage>(Routes.Data, [ChangeKeys.Always]) { Input = (nameof(OpenDataPage.Tables), inputs => inputs.OpenData) },

        new SubjectPage<InspectionPage, Inspection>(Routes.Inspections, nameof(InspectionPage.Inspection), i => Routes.Inspection(i.Id),
            content => content.Inspections, site => site.Inspections,
            (inspection, _) => [ChangeKeys.Inspection(inspection.Id), ChangeKeys.InspectionBody(inspection.Id), ChangeKeys.Reports, ChangeKeys.Meetings, ChangeKeys.Claims, .. PaperOf(inspection.StatedIn)])
            { PagesChangeWith = [ChangeKeys.Inspections] },
        new SubjectPage<ReportPage, Report>(Routes.Reports, nameof(ReportPage.Report), r => Routes.Report(r.Id),
            content => content.Reports, site => site.Reports, OfReport)
            { PagesChangeWith = [ChangeKeys.Reports] },
        new SubjectPage<RecommendationPage, Recommendation>(Routes.Recommendations, nameof(RecommendationPage.Item), r => Routes.Recommendation(r.Id),
            content => content.Recommendations, site => site.Recommendations, OfItem)
            { PagesChangeWith = [ChangeKeys.ItemsListed] },
        new SubjectPage<MeetingPage, Meeting>(Routes.Meetings, nameof(MeetingPage.Meeting), m => Routes.Meeting(m.Id),
            content => content.Meetings, site => site.Meetings, OfMeeting)
            { PagesChangeWith = [ChangeKeys.Meetings] },
        // Topics are gathered from the "topics" cells of inspections, reports and items.
        new SubjectPage<TopicPage, Topic>(Routes.Topics, nameof(TopicPage.Topic), t => Routes.Topic(t.Slug),
            content => TopicIndex.Of(content).Values, site => site.Topics, OfTopic)
            {
                Rows = (topic, site) => site.RecommendationsAbout(topic).Count, RowKeys = (topic, site, page) => ProgressOf(page.Of(site.RecommendationsAbout(topic))),
                PagesChangeWith = [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed],
            },
        // Free pages live at the root; their IDs are part of the site's settings (every footer lists them).
        new SubjectPage<ContentPage, Page>(Routes.Home, nameof(ContentPage.Page), p => Routes.Page(p.Id),
            content => content.Pages, site => site.Pages, (page, _) => page.Id == InaccessiblePapers.StatementPageId ? [ChangeKeys.Page(page.Id), ChangeKeys.Papers] : [ChangeKeys.Page(page.Id)])
            { PagesChangeWith = [ChangeKeys.Site] },
    ];

    /// <summary>The routes of <see cref="All"/>, for the link stage.</summary>
    public static readonly PageRoutes AllRoutes = new(All.Select(kind => kind.Route).ToList());

    /// <summary>A report's page lists its items, each with its state.</summary>
    private static IEnumerable<string> OfReport(Report report, SiteModel site) =>
        new[] { ChangeKeys.Report(report.Id), ChangeKeys.ReportBody(report.Id), ChangeKeys.ItemsOfReport(report.Id), ChangeKeys.Inspections, ChangeKeys.Meetings, ChangeKeys.Claims }
            .Concat(site.RecommendationsOf(report).SelectMany(item => new[] { ChangeKeys.Item(item.Id), ChangeKeys.ProgressOf(item.Id) }))
            .Concat(PaperOf(report.StatedIn));

    /// <summary>
    /// An item's page shows its report's title and date (its due date depends on it), the meetings of its history, and
    /// the headings of the papers its wording and statuses come from.
    /// </summary>
    private static IEnumerable<string> OfItem(Recommendation item, SiteModel site) =>
        new[] { ChangeKeys.Item(item.Id), ChangeKeys.ProgressOf(item.Id), ChangeKeys.Meetings, ChangeKeys.Claims }
            .Concat(item.ReportId is { } report ? [ChangeKeys.Report(report)] : [])
            .Concat(PaperOf(item.StatedIn))
            .Concat(site.StateOf(item).History.Select(entry => ChangeKeys.MeetingBody(entry.Meeting.Id)));

    /// <summary>A source names a heading of its meeting's paper, which changes with the paper's text.</summary>
    private static IEnumerable<string> PaperOf(PaperSource? source) => source is null ? [] : [ChangeKeys.MeetingBody(source.MeetingId)];

    /// <summary>A meeting's page compares it with the previous meeting: the items it reports, their earlier status, and the reports between.</summary>
    private static IEnumerable<string> OfMeeting(Meeting meeting, SiteModel site) =>
        new[] { ChangeKeys.Meeting(meeting.Id), ChangeKeys.MeetingBody(meeting.Id), ChangeKeys.ProgressAt(meeting.Id), ChangeKeys.Meetings, ChangeKeys.Reports, ChangeKeys.Inspections, ChangeKeys.Totals, ChangeKeys.Claims }
            .Concat(site.ChangesAt(meeting).Items.SelectMany(change => new[] { ChangeKeys.Item(change.Item.Id), ChangeKeys.ProgressOf(change.Item.Id) }));

    /// <summary>A topic's pages list the rows that name it: any listed change to a row may add or remove one; a progress row changes only its item's state, on the page that lists it.</summary>
    private static IEnumerable<string> OfTopic(Topic topic, SiteModel site) =>
        [ChangeKeys.Inspections, ChangeKeys.Reports, ChangeKeys.ItemsListed, ChangeKeys.Meetings];

    /// <summary>The states of these items, as rows of a list show them.</summary>
    private static IEnumerable<string> ProgressOf(IEnumerable<Recommendation> items) => items.Select(item => ChangeKeys.ProgressOf(item.Id));
}
