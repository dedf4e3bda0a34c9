using System.Globalization;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Theme.Search;

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

    public static readonly IReadOnlyList<SearchFilter> Filters =
    [
        new(Type, "Content type"),
        new(Kind, "Inspection kind"),
        new(Status, "Status"),
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
            .. YearOf(inspection.FieldworkStart),
            .. TopicsOf(site, inspection.Topics),
        ];

    public static IEnumerable<(string Key, string Value)> Of(SiteModel site, Report report) =>
        [
            (Type, ReportType),
            (Kind, Labels.Of(report.Kind)),
            .. YearOf(report.Published),
            .. TopicsOf(site, report.Topics),
        ];

    /// <summary>An item takes its kind of inspection and its year from the report that raised it, when that is known.</summary>
    public static IEnumerable<(string Key, string Value)> Of(SiteModel site, Recommendation item)
    {
        var report = site.ReportOf(item);
        return
        [
            (Type, Labels.Of(item.Kind)),
            .. report is null ? [] : new[] { (Kind, Labels.Of(report.Kind)) },
            (Status, Labels.Of(site.StateOf(item).Status)),
            .. YearOf(report?.Published),
            .. item.Owner is { } owner ? new[] { (Owner, owner) } : [],
            .. TopicsOf(site, item.Topics),
        ];
    }

    public static IEnumerable<(string Key, string Value)> Of(Meeting meeting) => [(Type, MeetingType), .. YearOf(meeting.Date)];

    public static IEnumerable<(string Key, string Value)> Of(Topic topic) => [(Type, TopicType), (TopicKey, topic.Name)];

    public static IEnumerable<(string Key, string Value)> OfPage() => [(Type, PageType)];

    /// <summary>Every value each filter takes across the site, in the order the search form lists them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values(SiteModel site)
    {
        var all = site.Inspections.SelectMany(i => Of(site, i))
            .Concat(site.Reports.SelectMany(r => Of(site, r)))
            .Concat(site.Recommendations.OrderBy(r => r.Kind).SelectMany(r => Of(site, r)))
            .Concat(site.Meetings.SelectMany(Of))
            .Concat(site.Topics.SelectMany(Of))
            .Concat(site.Pages.SelectMany(_ => OfPage()))
            .ToLookup(v => v.Key, v => v.Value);
        return Filters.ToDictionary(f => f.Key, f =>
        {
            var values = all[f.Key].Distinct();
            IReadOnlyList<string> ordered = f.Key switch
            {
                Type => values.ToList(), // the order pages are listed in: inspections, reports, items, meetings
                Year => values.OrderDescending(StringComparer.Ordinal).ToList(),
                _ => values.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            };
            return ordered;
        });
    }

    private static IEnumerable<(string, string)> YearOf(DateOnly? date) =>
        date is { } d ? [(Year, d.Year.ToString(CultureInfo.InvariantCulture))] : [];

    private static IEnumerable<(string, string)> TopicsOf(SiteModel site, IReadOnlyList<string> names) =>
        site.TopicsOf(names).Select(t => (TopicKey, t.Name));
}
