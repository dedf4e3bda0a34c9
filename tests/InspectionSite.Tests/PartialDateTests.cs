using InspectionSite.Content.Model;

namespace InspectionSite.Tests;

/// <summary>Dates as papers give them: shown as written, sorted by the start of their period.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2014", "2014", "2014-01-01", "2014-12-31")]
    [InlineData("2014-07", "July 2014", "2014-07-01", "2014-07-31")]
    [InlineData("July 2014", "July 2014", "2014-07-01", "2014-07-31")]
    [InlineData("w/c 04/04/2022", "week commencing 4 April 2022", "2022-04-04", "2022-04-10")]
    [InlineData("W/C 4 April 2022", "week commencing 4 April 2022", "2022-04-04", "2022-04-10")]
    [InlineData("30/06/2022", "30 June 2022", "2022-06-30", "2022-06-30")]
    [InlineData("expected March 2018", "expected March 2018", "2018-03-01", "2018-03-31")]
    [InlineData("expected 2018-03", "expected March 2018", "2018-03-01", "2018-03-31")]
    public void A_date_is_shown_as_written_and_spans_its_period(string written, string shown, string start, string end)
    {
        Assert.True(PartialDate.TryParse(written, out var date));
        Assert.Equal(shown, date.Display);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.True(PartialDate.TryParse(date.Written, out var again));
        Assert.Equal(date, again);
    }

    [Fact]
    public void Only_a_whole_stated_day_is_exact()
    {
        PartialDate.TryParse("30/06/2022", out var day);
        PartialDate.TryParse("June 2022", out var month);
        PartialDate.TryParse("expected 30/06/2022", out var expected);
        Assert.Equal(new DateOnly(2022, 6, 30), day.Exact);
        Assert.Null(month.Exact);
        Assert.Null(expected.Exact);
        Assert.True(month.IsPartial);
    }

    [Fact]
    public void Dates_sort_by_the_start_of_their_period()
    {
        var dates = new[] { "2022-07-14", "2022-07-01", "2022", "2022-07", "w/c 2022-06-27" }
            .Select(text => { PartialDate.TryParse(text, out var d); return d; }).Order().Select(d => d.Written);
        Assert.Equal(["2022", "w/c 2022-06-27", "2022-07", "2022-07-01", "2022-07-14"], dates);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("22")]
    [InlineData("w/c April")]
    [InlineData("2022-13")]
    public void Anything_else_is_refused(string written) => Assert.False(PartialDate.TryParse(written, out _));
}
