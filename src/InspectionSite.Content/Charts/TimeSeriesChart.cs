using InspectionSite.Content.Model;
using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Measures at each committee meeting, drawn as lines over a date axis and tabled meeting by meeting,
/// both from the same series.
/// </summary>
public static class TimeSeriesChart
{
    /// <param name="missing">What the table says where a meeting gives no figure.</param>
    public static Chart Build(string id, string title, string summary, string valueTitle,
        IReadOnlyList<DateOnly> meetings, IReadOnlyList<Series> series, string missing)
    {
        if (Period.For(meetings) is not { } period)
            return Drawn(id, title, summary, valueTitle, meetings, series, missing, FigureLook.MeetingAxis(meetings), labelled: true);

        // Too many meetings to table one by one: the last meeting of each period stands for it.
        var last = meetings.Select((meeting, i) => (meeting, i)).GroupBy(m => period.StartOf(m.meeting)).Select(g => g.Last().i).ToList();
        var kept = last.Select(i => meetings[i]).ToList();
        var keptSeries = series.Select(s => s with { Values = last.Select(i => s.Values[i]).ToList() }).ToList();
        var axis = FigureLook.DateAxis("Committee meeting", period.TickFormat).With("range", FigureLook.PaddedRange(kept));
        var note = $" With {meetings.Count} meetings, too many to list one by one, the chart and its table give the figures at the last meeting of each {period.Name}.";
        // Too many points to label legibly: the table gives their numbers.
        return Drawn(id, title, summary + note, valueTitle, kept, keptSeries, missing, axis, labelled: false);
    }

    private static Chart Drawn(string id, string title, string summary, string valueTitle,
        IReadOnlyList<DateOnly> meetings, IReadOnlyList<Series> series, string missing, LinearAxis meetingAxis, bool labelled)
    {
        var dates = meetings.Select(FigureLook.Iso).ToArray();
        Optional<IEnumerable<string>> Labels(Series s) => labelled ? new(s.Values.Select(v => v?.ToString() ?? "").ToArray(), true) : default;
        Optional<StyleParam.TextPosition> position = labelled ? new(StyleParam.TextPosition.TopCenter, true) : default;
        var traces = series.Select(s => PlotlyChart.Scatter<string, int, string>(dates, s.Values.Select(v => v?.Value ?? 0),
                labelled ? StyleParam.Mode.Lines_Markers_Text : StyleParam.Mode.Lines_Markers,
                Name: FigureLook.Wrap(s.Name), MultiText: Labels(s), TextPosition: position, Marker: FigureLook.PointMarker(s.Style), Line: FigureLook.Line(s.Style), UseDefaults: false)
            // A figure nobody gave is null, drawn as a gap rather than a line across it; the C# bindings take no nulls.
            .WithTraceProperty("y", s.Values.Select(v => v?.Value).ToArray())
            .WithTraceProperty("connectgaps", false)
            .WithTraceProperty("cliponaxis", false));
        var values = series.SelectMany(s => s.Values).OfType<Count>().Select(c => c.Value);
        var figure = FigureLook.Figure(traces, meetingAxis, FigureLook.CountAxis(valueTitle, values), height: 420, showLegend: true);

        var table = new ChartTable(title, ["Meeting", .. series.Select(s => s.Name)],
            meetings.Select((meeting, i) => new ChartRow(UkDate.Display(meeting), series.Select(s => s.Values[i]?.ToString() ?? missing).ToList())).ToList());
        return Chart.Drawn(id, title, summary, figure, table);
    }
}
