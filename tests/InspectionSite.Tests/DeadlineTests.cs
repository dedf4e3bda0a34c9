using System.Globalization;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Tests;

/// <summary>Due dates from an item's timescale and its report's publication, and when an item is overdue.</summary>
public sealed class DeadlineTests
{
    private static readonly PartialDate Published = PartialDate.Day(new DateOnly(2022, 2, 24));

    private static Timescale Parse(string text)
    {
        Assert.True(Timescale.TryParse(text, out var parsed), text);
        return parsed!;
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Within three months", "2022-05-24", "three months after publication on 24 February 2022")]
    [InlineData("Within six months", "2022-08-24", "six months after publication on 24 February 2022")]
    [InlineData("within 6 months", "2022-08-24", "six months after publication on 24 February 2022")]
    [InlineData("Within twelve months", "2023-02-24", "twelve months after publication on 24 February 2022")]
    [InlineData("Within 2 weeks", "2022-03-10", "two weeks after publication on 24 February 2022")]
    [InlineData("Within 28 days", "2022-03-24", "28 days after publication on 24 February 2022")]
    [InlineData("Within one year", "2023-02-24", "one year after publication on 24 February 2022")]
    public void A_period_after_a_stated_publication_day_gives_a_due_date_labelled_as_worked_out_with_its_rule(string timescale, string due, string rule)
    {
        var known = Parse(timescale).Due(Published);
        Assert.Equal(Certainty.Calculated, known.Certainty);
        Assert.Equal(PartialDate.Day(Date(due)), known.Value);
        Assert.Equal(rule, known.Reason);
    }

    [Theory]
    [InlineData("By March 2023", "2023-03", "March 2023")]
    [InlineData("By February 2024", "2024-02", "February 2024")]
    [InlineData("By 30 June 2023", "2023-06-30", "30 June 2023")]
    [InlineData("By 30/06/2023", "2023-06-30", "30 June 2023")]
    [InlineData("By the end of 2023", "2023", "2023")]
    public void A_date_the_paper_states_is_kept_as_the_paper_gives_it(string timescale, string written, string shown)
    {
        var known = Parse(timescale).Due(null);
        Assert.Equal(Certainty.Stated, known.Certainty);
        Assert.Equal(written, known.Value.Written);
        Assert.Equal(shown, known.Value.Display);
        Assert.Null(known.Reason);
    }

    [Fact]
    public void Immediately_gives_no_due_date()
    {
        var known = Parse("Immediately").Due(Published);
        Assert.False(known.IsKnown);
        Assert.Equal("Immediately: the paper gives no date", known.Reason);
    }

    [Fact]
    public void A_month_end_publication_keeps_to_the_last_day_of_a_shorter_month() =>
        Assert.Equal(PartialDate.Day(new DateOnly(2022, 2, 28)), Parse("Within three months").Due(PartialDate.Day(new DateOnly(2021, 11, 30))).Value);

    [Theory]
    [InlineData(null, "the report's publication date is not known")]
    [InlineData("2022-07", "the report's publication date is known only as July 2022")]
    [InlineData("expected 30/06/2022", "the report's publication date is known only as expected 30 June 2022")]
    public void A_period_after_a_publication_that_is_not_a_stated_day_gives_no_due_date(string? published, string reason)
    {
        PartialDate? date = published is null ? null : PartialDate.TryParse(published, out var d) ? d : throw new ArgumentException(published);
        var known = Parse("Within six months").Due(date);
        Assert.False(known.IsKnown);
        Assert.Equal(reason, known.Reason);
    }

    [Fact]
    public void A_timescale_for_part_of_an_item_gives_the_whole_item_no_due_date()
    {
        var report = new Report("r", "R", new InspectionKind("thematic"), Published, null, null, null, null, [], null, new("f", 1, 1));
        Assert.True(Timescale.DueOf(Parse("Within six months"), TimescaleScope.Whole, report).IsKnown);
        var part = Timescale.DueOf(Parse("Within six months"), TimescaleScope.Part, report);
        Assert.False(part.IsKnown);
        Assert.Equal("“Within six months” applies to only part of the item", part.Reason);
        Assert.False(Timescale.DueOf(Parse("By March 2023"), TimescaleScope.Part, report).IsKnown);
    }

    [Fact]
    public void A_period_for_an_item_whose_report_is_not_recorded_gives_no_due_date() =>
        Assert.Equal("the report it came from, and so its publication date, is not recorded",
            Timescale.DueOf(Parse("Within three months"), TimescaleScope.Whole, report: null).Reason);

    [Theory]
    [InlineData("Soon")]
    [InlineData("Within a while")]
    [InlineData("By the spring")]
    [InlineData("Within zero months")]
    [InlineData("By expected March 2023")]
    public void Unclear_timescales_are_refused(string timescale) => Assert.False(Timescale.TryParse(timescale, out _));

    private static readonly Meeting March = MeetingOn("2022-03-31"), June = MeetingOn("2022-06-30");

    private static Meeting MeetingOn(string date) =>
        new(date, date, "C", Date(date), null, null, null, null, "s", [], [], new MarkdownText("", "f", 1), new("f", 1, 1), [], new Dictionary<string, AgendaReason>());

    private static ItemState StateOf(ItemStatus? status, Known<PartialDate> due, string asOf, Meeting? reportedAt = null, DateOnly? reportedSince = null)
    {
        var history = status is { } s ? new[] { new StatusEntry(reportedAt ?? March, new ProgressEntry("x", "m", s, null, null, new("f", 1, 1))) } : [];
        return ItemState.From(history, due, Date(asOf), reportedSince);
    }

    private static readonly Known<PartialDate> ByMarch2023 = Known<PartialDate>.Stated(new PartialDate(new DateOnly(2023, 3, 1), DatePrecision.Month));

    [Theory]
    [InlineData(ItemStatus.Open, "2023-04-01", Overdue.Yes)]
    [InlineData(ItemStatus.EvidenceGathering, "2023-04-01", Overdue.Yes)]
    [InlineData(ItemStatus.Open, "2023-03-31", Overdue.No)] // "by March 2023" has passed only once the whole month has
    [InlineData(ItemStatus.Open, "2023-03-02", Overdue.No)]
    [InlineData(ItemStatus.SignedOffByForce, "2023-04-01", Overdue.No)]
    [InlineData(ItemStatus.SignedOffByHmicfrs, "2030-01-01", Overdue.No)]
    [InlineData(null, "2023-04-01", Overdue.NotKnown)] // no paper has reported its status
    public void Only_items_last_reported_open_past_a_known_due_date_are_overdue(ItemStatus? status, string asOf, Overdue overdue) =>
        Assert.Equal(overdue, StateOf(status, ByMarch2023, asOf).Overdue);

    [Fact]
    public void An_open_item_whose_due_date_is_not_known_is_not_known_to_be_overdue_and_a_signed_off_one_is_not_overdue()
    {
        var noDate = Parse("Immediately").Due(Published);
        Assert.Equal(Overdue.NotKnown, StateOf(ItemStatus.Open, noDate, "2030-01-01").Overdue);
        Assert.Equal(Overdue.No, StateOf(ItemStatus.SignedOffByHmicfrs, noDate, "2030-01-01").Overdue);
    }

    [Fact]
    public void An_open_item_not_reported_at_the_latest_meetings_is_stale_not_open_and_not_known_to_be_overdue()
    {
        var stale = StateOf(ItemStatus.Open, ByMarch2023, "2023-04-01", reportedAt: March, reportedSince: June.Date);
        Assert.True(stale.IsStale);
        Assert.False(stale.IsOpen);
        Assert.Equal(March.Date, stale.NotReportedSince);
        Assert.Equal(Overdue.NotKnown, stale.Overdue);
        Assert.Equal(Overdue.No, StateOf(ItemStatus.Open, ByMarch2023, "2023-03-01", reportedAt: March, reportedSince: June.Date).Overdue);

        var recent = StateOf(ItemStatus.Open, ByMarch2023, "2023-04-01", reportedAt: June, reportedSince: June.Date);
        Assert.False(recent.IsStale);
        Assert.True(recent.IsOpen);
        Assert.Null(recent.NotReportedSince);

        var signedOff = StateOf(ItemStatus.SignedOffByHmicfrs, ByMarch2023, "2023-04-01", reportedAt: March, reportedSince: June.Date);
        Assert.False(signedOff.IsStale);
    }
}
