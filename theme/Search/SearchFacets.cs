using System.Globalization;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Theme.Components;

namespace InspectionSite.Theme.Search;

/// <summary>The standings and overdue answers a site's items hold (<see cref="SearchFacets.OfProgress"/>).</summary>
public sealed record ProgressFacets(HashSet<ItemRow.Standing> Standings, HashSet<Overdue> Overdue)
{
    public bool SameAs(ProgressFacets other) => Standings.SetEquals(other.Standings) && Overdue.SetEquals(other.Overdue);
}

/// <summary>One search filter a reader can narrow results by: Pagefind's key and the label the form shows.</summary>
public sealed record SearchFilter(string Key, string Label);

/// <summary>
/// The search filters of each page, the one place that decides them: pages carry them for Pagefind
/// to index, and the search form offers exactly the values that pages carry. Values are the words
/// readers see, so that a shared search address reads plainly (?type=Cause+of+concern).
/// </summary>
public static class SearchFacets
{
    public const string Type = "type";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string Year = "year";
    public const string Owner = "owner";
    public const string TopicKey = "topic";
    public const string OverdueKey = "overdue";

    public static readonly IReadOnlyList<SearchFilter> Filters =
    [
        new(Type, "Content type"),
        new(Kind, "Inspection kind"),
        new(Status, "Status"),
        new(OverdueKey, "Overdue"),
        new(Year, "Year"),
        new(Owner, "Owner or portfolio"),
        new(TopicKey, "Topic"),
    ];

    public const string InspectionType = "Inspection";
    public const string ReportType = "Report";
    public const string MeetingType = "Committee meeting";
    public const string TopicType = "Topic";
    public const string PageType = "Page";

    public static IEnumerable<(string Key, string Value)> Of(SiteModel site, Inspection inspection) =>
        [
            (Type, InspectionType),
            (Kind, Labels.Of(inspection.Kind)),
            .. YearOf(site.FieldworkOf(inspection)?.Date?.Start),
            .. TopicsOf(site, inspection.Topics),
        ];

    public static IEnumerable<(string Key, string Value)> Of(SiteModel site, Report report) =>
        [
            (Type, ReportType),
            (Kind, Labels.Of(report.Kind)),
            .. YearOf(report.Published?.Start),
            .. TopicsOf(site, report.Topics),
        ];

    /// <summary>An item takes its kind of inspection and its year from the report that raised it, when that is known.</summary>
    public static IEnumerable<(string Key, string Value)> Of(SiteModel site, Recommendation item)
    {
        // Built step by step, not as one collection expression of spreads: the search page gathers this for every item.
        var report = site.ReportOf(item);
        var state = site.StateOf(item);
        var facets = new List<(string Key, string Value)>(6 + item.Topics.Count) { (Type, Labels.Of(item.Kind)) };
        if (report is not null) facets.Add((Kind, Labels.Of(report.Kind)));
        facets.Add((Status, ItemRow.StatusText(state, site.Info.StaleAfterMeetings)));
        facets.Add((OverdueKey, Labels.Of(state.Overdue)));
        facets.AddRange(YearOf(report?.Published?.Start));
        if (item.Owner is { } owner) facets.Add((Owner, owner));
        foreach (var topic in site.TopicsOf(item.Topics)) facets.Add((TopicKey, topic.Name));
        return facets;
    }

    public static IEnumerable<(string Key, string Value)> Of(Meeting meeting) => [(Type, MeetingType), .. YearOf(meeting.Date)];

    public static IEnumerable<(string Key, string Value)> Of(Topic topic) => [(Type, TopicType), (TopicKey, topic.Name)];

    public static IEnumerable<(string Key, string Value)> OfPage() => [(Type, PageType)];

    /// <summary>Every value each filter takes across the site, in the order the search form lists them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values(SiteModel site)
    {
        // Each value once, in the order pages are listed in: inspections, reports, items, meetings, topics, pages.
        var seen = new HashSet<(string, string)>();
        var values = Filters.ToDictionary(f => f.Key, _ => new List<string>(), StringComparer.Ordinal);
        void Add(IEnumerable<(string Key, string Value)> facets)
        {
            foreach (var facet in facets)
                if (seen.Add(facet)) values[facet.Key].Add(facet.Value);
        }
        foreach (var inspection in site.Inspections) Add(Of(site, inspection));
        foreach (var report in site.Reports) Add(Of(site, report));
        foreach (var item in site.Recommendations.OrderBy(r => r.Kind)) Add(Of(site, item));
        foreach (var meeting in site.Meetings) Add(Of(meeting));
        foreach (var topic in site.Topics) Add(Of(topic));
        if (site.Pages.Count > 0) Add(OfPage());
        return values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)(v.Key switch
        {
            Type => v.Value,
            Year => v.Value.OrderDescending(StringComparer.Ordinal).ToList(),
            _ => v.Value.Order(StringComparer.OrdinalIgnoreCase).ToList(),
        }), StringComparer.Ordinal);
    }

    /// <summary>
    /// What progress gives the search form: the standings and overdue answers items hold, from which its Status and
    /// Overdue filters take their values. The form shows nothing else of progress, so the preview renders it again after
    /// a progress edit only when these differ (<see cref="ProgressFacets.SameAs"/>). Worked out once for a linked site.
    /// </summary>
    public static ProgressFacets OfProgress(SiteModel site) => Progress.GetValue(site, s =>
    {
        var facets = new ProgressFacets([], []);
        foreach (var item in s.Recommendations)
        {
            var state = s.StateOf(item);
            facets.Standings.Add(ItemRow.Standing.Of(state));
            facets.Overdue.Add(state.Overdue);
        }
        return facets;
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteModel, ProgressFacets> Progress = [];

    private static IEnumerable<(string, string)> YearOf(DateOnly? date) =>
        date is { } d ? [(Year, d.Year.ToString(CultureInfo.InvariantCulture))] : [];

    private static IEnumerable<(string, string)> TopicsOf(SiteModel site, IReadOnlyList<string> names) =>
        site.TopicsOf(names).Select(t => (TopicKey, t.Name));
}
