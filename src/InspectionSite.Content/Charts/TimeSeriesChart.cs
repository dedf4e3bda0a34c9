using InspectionSite.Content.Model;
using Plotly.NET;
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
        var dates = meetings.Select(FigureLook.Iso).ToArray();
        var traces = series.Select(s => PlotlyChart.Scatter<string, int, string>(dates, s.Values.Select(v => v?.Value ?? 0), StyleParam.Mode.Lines_Markers_Text,
                Name: FigureLook.Wrap(s.Name), MultiText: s.Values.Select(v => v?.ToString() ?? "").ToArray(), TextPosition: StyleParam.TextPosition.TopCenter,
                Marker: FigureLook.PointMarker(s.Style), Line: FigureLook.Line(s.Style), UseDefaults: false)
            // A figure nobody gave is null, drawn as a gap rather than a line across it; the C# bindings take no nulls.
            .WithTraceProperty("y", s.Values.Select(v => v?.Value).ToArray())
            .WithTraceProperty("connectgaps", false)
            .WithTraceProperty("cliponaxis", false));
        var values = series.SelectMany(s => s.Values).OfType<Count>().Select(c => c.Value);
        var figure = FigureLook.Figure(traces, FigureLook.MeetingAxis(meetings), FigureLook.CountAxis(valueTitle, values), height: 420, showLegend: true);

        var table = new ChartTable(title, ["Meeting", .. series.Select(s => s.Name)],
            meetings.Select((meeting, i) => new ChartRow(UkDate.Display(meeting), series.Select(s => s.Values[i]?.ToString() ?? missing).ToList())).ToList());
        return Chart.Drawn(id, title, summary, figure, table);
    }
}
