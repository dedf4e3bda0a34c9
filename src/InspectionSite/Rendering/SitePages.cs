using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Theme;
using InspectionSite.Theme.Pages;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Rendering;

/// <summary>The list of every page of the site: the one place that pairs an address with its component.</summary>
public static class SitePages
{
    public static IReadOnlyList<PageSpec> Of(SiteModel site, IReadOnlyDictionary<string, string> assetPaths, IReadOnlyList<DataTable> openData,
        IReadOnlyDictionary<string, MarkupString> itemRows)
    {
        Dictionary<string, object?> With(string path, params (string Name, object Value)[] subject)
        {
            var parameters = new Dictionary<string, object?> { ["Context"] = new PageContext(site, path, assetPaths) { ItemRows = itemRows } };
            foreach (var (name, value) in subject) parameters[name] = value;
            return parameters;
        }

        var pages = new List<PageSpec>
        {
            PageSpec.For<HomePage>(Routes.Home, With(Routes.Home)),
            PageSpec.For<InspectionsPage>(Routes.Inspections, With(Routes.Inspections)),
            PageSpec.For<ReportsPage>(Routes.Reports, With(Routes.Reports)),
            PageSpec.For<RecommendationsPage>(Routes.Recommendations, With(Routes.Recommendations)),
            PageSpec.For<MeetingsPage>(Routes.Meetings, With(Routes.Meetings)),
            PageSpec.For<TopicsPage>(Routes.Topics, With(Routes.Topics)),
            PageSpec.For<SearchPage>(Routes.Search, With(Routes.Search)),
            PageSpec.For<NotFoundPage>(Routes.NotFound, With(Routes.NotFound)),
            PageSpec.For<OpenDataPage>(Routes.Data, With(Routes.Data, ("Tables", openData))),
        };
        pages.AddRange(site.Inspections.Select(i => PageSpec.For<InspectionPage>(Routes.Inspection(i.Id), With(Routes.Inspection(i.Id), ("Inspection", i)))));
        pages.AddRange(site.Reports.Select(r => PageSpec.For<ReportPage>(Routes.Report(r.Id), With(Routes.Report(r.Id), ("Report", r)))));
        pages.AddRange(site.Recommendations.Select(r => PageSpec.For<RecommendationPage>(Routes.Recommendation(r.Id), With(Routes.Recommendation(r.Id), ("Item", r)))));
        pages.AddRange(site.Meetings.Select(m => PageSpec.For<MeetingPage>(Routes.Meeting(m.Id), With(Routes.Meeting(m.Id), ("Meeting", m)))));
        pages.AddRange(site.Topics.Select(t => PageSpec.For<TopicPage>(Routes.Topic(t.Slug), With(Routes.Topic(t.Slug), ("Topic", t)))));
        pages.AddRange(site.Pages.Select(p => PageSpec.For<ContentPage>(Routes.Page(p.Id), With(Routes.Page(p.Id), ("Page", p)))));
        return pages;
    }
}
