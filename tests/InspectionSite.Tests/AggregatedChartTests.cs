using System.Globalization;
using InspectionSite.Content.Charts;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// A synthetic site with 500 reports and 100 inspections over 70 meetings, built once: too many events and meetings
/// for the home page's charts to list one by one, and a home page that, listing them, would be about 150 KB.
/// </summary>
public sealed class LongChartsSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public LongChartsSite()
    {
        SyntheticInput.Write(new SyntheticScale(Recommendations: 300, Reports: 500, Meetings: 70, Inspections: 100), _folder["input"]);
        Output = _folder["output"];
        Site = LinkedSite.From(_folder["input"]);
        SiteBuilder.Build(_folder["input"], Output);
    }

    public string Output { get; }

    public SiteModel Site { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Charts whose data is too long to list count it per month, quarter or year, and keep the home page small.</summary>
[Trait("Speed", "Slow")]
public sealed class AggregatedChartTests(LongChartsSite built) : IClassFixture<LongChartsSite>
{
    private RenderedChart HomeChart(string id) => RenderedChart.Read(BuiltSite.Open(built.Output, "/"), id);

    [Fact]
    public void The_home_page_stays_under_100_KB()
    {
        var bytes = new FileInfo(BuiltSite.FileOf(built.Output, "/")).Length;
        Assert.True(bytes < 100 * 1024, $"the home page is {bytes:N0} bytes");
    }

    [Fact]
    public void The_timeline_counts_each_month_from_the_first_event_to_the_last_one_row_a_month_and_links_to_each_year_in_search()
    {
        var site = built.Site;
        var published = site.Reports.Select(r => r.Published?.Start).OfType<DateOnly>().ToList();
        var fieldwork = site.Inspections.Select(i => site.FieldworkOf(i)?.Date).Where(d => d is { IsExpected: false }).Select(d => d!.Value.Start).ToList();
        var (first, last) = (published.Concat(fieldwork).Min(), published.Concat(fieldwork).Max());
        Assert.InRange(Period.Month.Count(first, last), 40, Period.MaxRows);

        var chart = HomeChart("chart-timeline");
        Assert.Equal(["Month", "Fieldwork began", "Report published", "Where to find them"], chart.Columns);
        Assert.Equal(Period.Month.Count(first, last), chart.Rows.Count);
        Assert.Equal(Period.Month.Label(Period.Month.StartOf(first)), chart.Rows[0][0]);
        Assert.Equal(Period.Month.Label(Period.Month.StartOf(last)), chart.Rows[^1][0]);
        Assert.Equal(fieldwork.Count, chart.Rows.Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture)));
        Assert.Equal(published.Count, chart.Rows.Sum(r => int.Parse(r[2], CultureInfo.InvariantCulture)));
        foreach (var month in published.GroupBy(Period.Month.StartOf))
            Assert.Equal(month.Count().ToString(CultureInfo.InvariantCulture), chart.Cell(Period.Month.Label(month.Key), "Report published"));
        Assert.Contains("count them per month", chart.Summary, StringComparison.Ordinal);

        var row = BuiltSite.Open(built.Output, "/").QuerySelectorAll("#chart-timeline tbody tr")
            .First(r => r.Children[1].TextContent != "0" && r.Children[2].TextContent != "0");
        var year = row.Children[0].TextContent[^4..];
        Assert.Equal([$"/search/?type=Inspection&year={year}", $"/search/?type=Report&year={year}"], row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("chart-open-totals")]
    [InlineData("chart-open-named")]
    public void A_chart_of_seventy_meetings_shows_the_last_meeting_of_each_month_and_draws_the_numbers_its_table_gives(string id)
    {
        var meetings = built.Site.Meetings.Select(m => m.Date).ToList();
        var lastOfEachMonth = meetings.GroupBy(Period.Month.StartOf).Select(g => UkDate.Display(g.Max())).ToList();
        Assert.True(lastOfEachMonth.Count < meetings.Count, "some months should have more than one meeting");

        var chart = HomeChart(id);
        // The open-named chart starts at the first meeting that reports on a named item.
        Assert.Equal(lastOfEachMonth.TakeLast(chart.Rows.Count), chart.Rows.Select(r => r[0]));
        Assert.InRange(chart.Rows.Count, lastOfEachMonth.Count - 2, lastOfEachMonth.Count);
        Assert.Contains($"the chart and its table give the figures at the last meeting of each month", chart.Summary, StringComparison.Ordinal);
        FigureAndTable.AssertSameNumbers(chart);
    }
}
