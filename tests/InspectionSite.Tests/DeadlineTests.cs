using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Tests;

/// <summary>Due dates from a report's timescale and publication date, and when an open item becomes overdue.</summary>
public sealed class DeadlineTests
{
    private static readonly DateOnly Published = new(2022, 2, 24);

    [Theory]
    [InlineData("Immediately", "2022-02-24")]
    [InlineData("Within three months", "2022-05-24")]
    [InlineData("Within six months", "2022-08-24")]
    [InlineData("within 6 months", "2022-08-24")]
    [InlineData("Within twelve months", "2023-02-24")]
    [InlineData("Within 2 weeks", "2022-03-10")]
    [InlineData("Within 28 days", "2022-03-24")]
    [InlineData("Within one year", "2023-02-24")]
    [InlineData("By March 2023", "2023-03-31")]
    [InlineData("By February 2024", "2024-02-29")]
    [InlineData("By 30 June 2023", "2023-06-30")]
    [InlineData("By 30/06/2023", "2023-06-30")]
    public void A_timescale_and_a_publication_date_give_a_due_date(string timescale, string due)
    {
        Assert.True(Timescale.TryParse(timescale, out var parsed));
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), parsed!.DueDate(Published));
    }

    [Fact]
    public void A_month_end_publication_keeps_to_the_last_day_of_a_shorter_month()
    {
        Timescale.TryParse("Within three months", out var parsed);
        Assert.Equal(new DateOnly(2022, 2, 28), parsed!.DueDate(new DateOnly(2021, 11, 30)));
    }

    [Fact]
    public void A_relative_timescale_without_a_publication_date_has_no_due_date()
    {
        Timescale.TryParse("Within three months", out var parsed);
        Assert.Null(parsed!.DueDate(null));
    }

    [Theory]
    [InlineData("Soon")]
    [InlineData("Within a while")]
    [InlineData("By the spring")]
    [InlineData("Within zero months")]
    public void Unclear_timescales_are_refused(string timescale) => Assert.False(Timescale.TryParse(timescale, out _));

    [Theory]
    [InlineData(ItemStatus.Open, "2022-03-01", true)]
    [InlineData(ItemStatus.EvidenceGathering, "2022-03-01", true)]
    [InlineData(ItemStatus.Open, "2022-02-24", false)]
    [InlineData(ItemStatus.SignedOffByForce, "2022-03-01", false)]
    [InlineData(ItemStatus.SignedOffByHmicfrs, "2030-01-01", false)]
    public void Only_open_items_past_their_due_date_are_overdue(ItemStatus status, string asOf, bool overdue)
    {
        var meeting = new Meeting("m", "M", "C", new DateOnly(2022, 1, 1), null, null, null, null, "s", [], [], new MarkdownText("", "f", 1), new("f", 1, 1), [], new Dictionary<string, AgendaReason>());
        var history = new[] { new StatusEntry(meeting, new ProgressEntry("x", "m", status, null, null, new("f", 1, 1))) };
        var state = ItemState.From(history, Published, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(overdue, state.IsOverdue);
    }
}
