using InspectionSite.Content.Charts;
using InspectionSite.Content.Model;

namespace InspectionSite.Tests;

/// <summary>The one-sentence summaries a reader gets in place of, or beside, each chart.</summary>
public sealed class ChartWordingTests
{
    private static readonly DateOnly June = new(2022, 6, 30);
    private static readonly DateOnly September = new(2022, 9, 29);
    private static readonly DateOnly March2023 = new(2023, 3, 30);

    private static Count Exactly(int n) => new(n, IsLowerBound: false);
    private static Count Over(int n) => new(n, IsLowerBound: true);

    private static string Clause(params (DateOnly, Count?)[] points) =>
        TrendSentence.Sentence("", [new TrendSentence.Measure("open causes of concern", points)]);

    [Fact]
    public void A_falling_series_says_fell_from_first_to_last_between_the_meetings() =>
        Assert.Equal("Open causes of concern fell from 5 to 2 between the 30 June and 29 September 2022 meetings.",
            Clause((June, Exactly(5)), (September, Exactly(2))));

    [Fact]
    public void A_rising_series_says_rose_and_names_both_years_when_they_differ() =>
        Assert.Equal("Open causes of concern rose from 2 to 7 between the 30 June 2022 and 30 March 2023 meetings.",
            Clause((June, Exactly(2)), (September, null), (March2023, Exactly(7))));

    [Fact]
    public void An_unchanged_series_says_stayed_at() =>
        Assert.Equal("Open causes of concern stayed at 3 between the 30 June and 29 September 2022 meetings.",
            Clause((June, Exactly(3)), (September, Exactly(3))));

    [Fact]
    public void A_single_point_gives_the_figure_and_says_no_other_meeting_has_one() =>
        Assert.Equal("45 open causes of concern at the 29 September 2022 meeting, the only one to give that figure.",
            Clause((June, null), (September, Exactly(45))));

    [Fact]
    public void Measures_only_one_meeting_gives_are_named_together_under_it_once() =>
        Assert.Equal("The papers’ own totals: 45 open recommendations and 2 open causes of concern at the 29 September 2022 meeting, the only one to give those figures; "
            + "open areas for improvement fell from 16 to 14 between the 30 June and 29 September 2022 meetings; 5 open actions at the 30 June 2022 meeting, the only one to give that figure.",
            TrendSentence.Sentence("The papers’ own totals: ", [
                new TrendSentence.Measure("open recommendations", [(June, null), (September, Exactly(45))]),
                new TrendSentence.Measure("open areas for improvement", [(June, Exactly(16)), (September, Exactly(14))]),
                new TrendSentence.Measure("open causes of concern", [(June, null), (September, Exactly(2))]),
                new TrendSentence.Measure("open actions", [(June, Exactly(5)), (September, null)]),
            ]));

    [Fact]
    public void A_series_with_no_figure_is_left_out() =>
        Assert.Equal("Open recommendations stayed at 3 between the 30 June and 29 September 2022 meetings.",
            TrendSentence.Sentence("", [
                new TrendSentence.Measure("open recommendations", [(June, Exactly(3)), (September, Exactly(3))]),
                new TrendSentence.Measure("open causes of concern", [(June, null), (September, null)]),
            ]));

    [Fact]
    public void A_lower_bound_is_written_as_over_and_compared_only_when_the_direction_is_certain()
    {
        Assert.Equal("Open causes of concern rose from 40 to over 60 between the 30 June and 29 September 2022 meetings.",
            Clause((June, Exactly(40)), (September, Over(60))));
        Assert.Equal("Open causes of concern fell from over 60 to 45 between the 30 June and 29 September 2022 meetings.",
            Clause((June, Over(60)), (September, Exactly(45))));
        // "Over 40" may be 44 or 50: whether 45 is more or less cannot be told.
        Assert.Equal("Open causes of concern went from over 40 to 45 between the 30 June and 29 September 2022 meetings.",
            Clause((June, Over(40)), (September, Exactly(45))));
    }

    [Fact]
    public void Clauses_of_several_measures_make_one_sentence_after_the_lead_and_before_any_further_clauses() =>
        Assert.Equal("Open recommendations stayed at 3 between the 30 June and 29 September 2022 meetings; open causes of concern fell from 5 to 2 between the 30 June and 29 September 2022 meetings; the papers give no total of open actions.",
            TrendSentence.Sentence("", [
                new TrendSentence.Measure("open recommendations", [(June, Exactly(3)), (September, Exactly(3))]),
                new TrendSentence.Measure("open causes of concern", [(June, Exactly(5)), (September, Exactly(2))]),
            ], "the papers give no total of open actions"));

    [Fact]
    public void A_status_history_says_how_the_status_moved()
    {
        Assert.Equal("Moved from open at the 30 June 2022 meeting to signed off by HMICFRS at the 29 September 2022 meeting.",
            StatusHistoryChart.Summary([(June, ItemStatus.Open), (September, ItemStatus.SignedOffByHmicfrs)]));
        Assert.Equal("Moved back from signed off by the force at the 30 June 2022 meeting to gathering evidence at the 29 September 2022 meeting.",
            StatusHistoryChart.Summary([(June, ItemStatus.SignedOffByForce), (September, ItemStatus.EvidenceGathering)]));
        Assert.Equal("Reported as open at each of the 2 meetings between 30 June and 29 September 2022.",
            StatusHistoryChart.Summary([(June, ItemStatus.Open), (September, ItemStatus.Open)]));
        Assert.Equal("Reported once so far, as open, at the 30 June 2022 meeting.",
            StatusHistoryChart.Summary([(June, ItemStatus.Open)]));
    }

    [Fact]
    public void A_status_history_axis_offers_no_further_action_only_to_an_item_that_has_it()
    {
        string[] TicksOf(params (DateOnly, ItemStatus, Certainty)[] history) =>
            [.. System.Text.Json.JsonDocument.Parse(StatusHistoryChart.Build("chart-status-history", "Status at each meeting", history).Figure!.Json)
                .RootElement.GetProperty("layout").GetProperty("yaxis").GetProperty("ticktext").EnumerateArray().Select(Support.FigureAndTable.Text)];

        Assert.Equal(["Open", "Evidence gathering", "Signed off by the force", "Signed off by HMICFRS"],
            TicksOf((June, ItemStatus.Open, Certainty.Stated), (September, ItemStatus.SignedOffByHmicfrs, Certainty.Stated)));
        Assert.Contains("No further action required",
            TicksOf((June, ItemStatus.Open, Certainty.Stated), (September, ItemStatus.NoFurtherAction, Certainty.Stated)));
    }

    [Fact]
    public void An_empty_status_history_gives_no_chart_and_a_sentence_instead()
    {
        var chart = StatusHistoryChart.Build("chart-status-history", "Status at each meeting", []);
        Assert.False(chart.IsDrawn);
        Assert.Null(chart.Figure);
        Assert.Null(chart.Table);
        Assert.Equal("No committee paper has yet reported on this item, so there is no history to chart.", chart.Summary);
    }
}
