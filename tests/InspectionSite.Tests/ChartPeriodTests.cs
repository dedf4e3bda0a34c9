using InspectionSite.Content.Charts;

namespace InspectionSite.Tests;

/// <summary>When a chart stops listing its events or meetings one by one, and which period it counts them by instead.</summary>
public sealed class ChartPeriodTests
{
    private static readonly DateOnly First = new(2020, 1, 15);

    /// <summary><paramref name="count"/> dates spread from <see cref="First"/> to <paramref name="last"/>, both included.</summary>
    private static List<DateOnly> Dates(int count, DateOnly last) =>
        Enumerable.Range(0, count).Select(i => First.AddDays((int)((long)(last.DayNumber - First.DayNumber) * i / (count - 1)))).ToList();

    [Fact]
    public void Sixty_events_are_listed_and_sixty_one_are_counted()
    {
        var last = new DateOnly(2021, 6, 1);
        Assert.Null(Period.For(Dates(Period.MaxListed, last)));
        Assert.Equal(Period.Month, Period.For(Dates(Period.MaxListed + 1, last)));
    }

    [Theory]
    [InlineData(2024, 12, "month")]   // January 2020 to December 2024: 60 months
    [InlineData(2025, 1, "quarter")]  // 61 months
    [InlineData(2034, 12, "quarter")] // 60 quarters
    [InlineData(2035, 1, "year")]     // 61 quarters
    public void The_period_is_the_shortest_that_keeps_the_table_to_sixty_rows(int year, int month, string expected)
    {
        var period = Period.For(Dates(100, new DateOnly(year, month, 1)))!;
        Assert.Equal(expected, period.Name);
        Assert.InRange(period.Count(First, new DateOnly(year, month, 1)), 1, Period.MaxRows);
    }

    [Fact]
    public void Each_period_is_labelled_as_a_reader_says_it_and_starts_on_its_first_day()
    {
        var date = new DateOnly(2022, 8, 17);
        Assert.Equal("August 2022", Period.Month.Label(Period.Month.StartOf(date)));
        Assert.Equal("July to September 2022", Period.Quarter.Label(Period.Quarter.StartOf(date)));
        Assert.Equal("2022", Period.Year.Label(Period.Year.StartOf(date)));
        Assert.Equal([new(2022, 7, 1), new(2022, 10, 1), new(2023, 1, 1)], Period.Quarter.Between(date, new DateOnly(2023, 2, 1)));
    }

    [Fact]
    public void A_timeline_of_sixty_events_lists_each_and_one_of_sixty_one_counts_them_per_month_with_every_month_a_row()
    {
        static Chart Timeline(int count) => TimelineChart.Build("t", "Timeline", "Events.", [new("Report published", year => new ChartLink($"Reports of {year}", $"/search/?year={year}"))],
            Dates(count, new DateOnly(2021, 6, 30)).Select((d, i) => new TimelineEvent(d, "Report published", $"Report {i}")).ToList());

        Assert.Equal(60, Timeline(60).Table!.Rows.Count);
        Assert.Equal("Events.", Timeline(60).Summary);

        var counted = Timeline(61);
        var table = counted.Table!;
        Assert.Equal(["Month", "Report published"], table.Columns);
        Assert.Equal(18, table.Rows.Count); // January 2020 to June 2021
        Assert.Equal(("January 2020", "June 2021"), (table.Rows[0].Header, table.Rows[^1].Header));
        Assert.Equal(61, table.Rows.Sum(r => int.Parse(r.Cells[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Where to find them", table.LinksColumn);
        Assert.Equal([new ChartLink("Reports of 2021", "/search/?year=2021")], table.Rows[^1].Links);
        Assert.EndsWith("so the chart and its table count them per month.", counted.Summary, StringComparison.Ordinal);
    }
}
