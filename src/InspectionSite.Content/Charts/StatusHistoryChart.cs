using System.Collections.Concurrent;
using InspectionSite.Content.Model;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace InspectionSite.Content.Charts;

/// <summary>
/// One item's status at each meeting that reported it: a step line over the statuses in the order an item
/// normally moves through them, and a table of the same reports.
/// </summary>
public static class StatusHistoryChart
{
    /// <summary>
    /// The statuses an item moves through, for the axis; "no further action required" ends an item another way,
    /// so it is on the axis only for an item that has it.
    /// </summary>
    private static List<ItemStatus> AxisStatuses(IEnumerable<ItemStatus> reported) =>
        Enum.GetValues<ItemStatus>().Where(s => s != ItemStatus.NoFurtherAction || reported.Contains(s)).ToList();

    /// <param name="figures">
    /// Figures already drawn, by the reports they draw. Many items share a history (open at one meeting, signed off at
    /// the next), and a figure costs Plotly.NET about a third of a millisecond to make and write, so a site draws each
    /// history once.
    /// </param>
    public static Chart Build(string id, string title, IReadOnlyList<(DateOnly Meeting, ItemStatus Status, Certainty Certainty)> history,
        ConcurrentDictionary<string, DrawnFigure>? figures = null)
    {
        if (history.Count == 0) return Chart.NotDrawn(id, title, "No committee paper has yet reported on this item, so there is no history to chart.");

        DrawnFigure Draw() => DrawnFigure.Of(Figure(history.Select(h => (h.Meeting, h.Status)).ToList()));
        var figure = figures is null ? Draw() : figures.GetOrAdd(string.Join(' ', history.Select(h => $"{UkDate.Iso(h.Meeting)}:{h.Status}")), _ => Draw());

        var table = new ChartTable(title, ["Meeting", "Status"],
            history.Select(h => new ChartRow(UkDate.Display(h.Meeting), [Labels.Of(h.Status)])).ToList());
        // The table holds what the figure draws; the sentence says which statuses the papers do not state.
        var summary = Summary(history.Select(h => (h.Meeting, h.Status)).ToList()) + Inferred(history);
        return Chart.Drawn(id, title, summary, figure, table);
    }

    private static GenericChart Figure(IReadOnlyList<(DateOnly Meeting, ItemStatus Status)> history)
    {
        var meetings = history.Select(h => h.Meeting).ToList();
        var statuses = AxisStatuses(history.Select(h => h.Status));
        var style = ChartStyle.Of(ItemStatus.Open);
        var trace = PlotlyChart.Scatter<string, int, string>(meetings.Select(FigureLook.Iso), history.Select(h => statuses.IndexOf(h.Status)),
                StyleParam.Mode.Lines_Markers, Name: "Status", Marker: FigureLook.PointMarker(style),
                // A step: the status holds until the meeting that reports a new one.
                Line: FigureLook.Line(style).With("shape", StyleParam.Shape.Hv.Convert()), UseDefaults: false)
            .WithTraceProperty("cliponaxis", false);
        // The statuses name themselves, so the axis needs no title, and go over lines to leave room for the meetings.
        var statusAxis = FigureLook.Axis(title: null)
            .With("tickmode", StyleParam.TickMode.Array.Convert())
            .With("tickvals", statuses.Select((_, i) => i).ToArray())
            .With("ticktext", statuses.Select(s => FigureLook.Wrap(Labels.Of(s), 14)).ToArray())
            .With("range", new[] { -0.5, statuses.Count - 0.5 });
        return FigureLook.Figure([trace], FigureLook.MeetingAxis(meetings), statusAxis, height: 300, showLegend: false);
    }

    /// <summary>" The status at the 29 September 2022 meeting is inferred: the paper does not state it.", or "" when every status is stated.</summary>
    private static string Inferred(IReadOnlyList<(DateOnly Meeting, ItemStatus Status, Certainty Certainty)> history)
    {
        var inferred = history.Where(h => h.Certainty == Certainty.Inferred).Select(h => $"the {UkDate.Display(h.Meeting)} meeting").ToList();
        return inferred.Count switch
        {
            0 => "",
            1 => $" The status at {inferred[0]} is inferred: the paper does not state it.",
            _ => $" The statuses at {string.Join(", ", inferred[..^1])} and {inferred[^1]} are inferred: the papers do not state them.",
        };
    }

    /// <summary>How the status moved, first report against last, in the order statuses normally advance.</summary>
    public static string Summary(IReadOnlyList<(DateOnly Meeting, ItemStatus Status)> history)
    {
        var (firstDate, first) = history[0];
        var (lastDate, last) = history[^1];
        if (history.Count == 1)
            return $"Reported once so far, as {Wording.Of(first)}, at the {UkDate.Display(firstDate)} meeting.";
        if (first == last)
            return history.All(h => h.Status == first)
                ? $"Reported as {Wording.Of(first)} at each of the {history.Count} meetings between {Wording.Pair(firstDate, lastDate)}."
                : $"Reported as {Wording.Of(first)} at the {UkDate.Display(firstDate)} meeting and again at the {UkDate.Display(lastDate)} meeting, having changed in between.";
        var verb = last > first ? "Moved" : "Moved back";
        return $"{verb} from {Wording.Of(first)} at the {UkDate.Display(firstDate)} meeting to {Wording.Of(last)} at the {UkDate.Display(lastDate)} meeting.";
    }
}
