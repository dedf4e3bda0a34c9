using InspectionSite.Content.Charts.Plotly;
using InspectionSite.Content.Model;

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
        var traces = series.Select(s => (Trace)new Scatter
        {
            Name = s.Name,
            X = DataArray.Of(meetings),
            Y = DataArray.Of(s.Values.Select(v => v?.Value)),
            Text = s.Values.Select(v => v?.ToString() ?? "").ToList(),
            Mode = ScatterMode.LinesMarkersAndText,
            TextPosition = ScatterTextPosition.TopCenter,
            Line = new Line { Color = s.Style.Colour, Width = 3, Dash = s.Style.Dash },
            Marker = FigureLook.PointMarker(s.Style),
            ConnectGaps = false,
            ClipOnAxis = false,
        }).ToList();
        var values = series.SelectMany(s => s.Values).OfType<Count>().Select(c => c.Value);
        var figure = new Figure(traces,
            FigureLook.Layout(FigureLook.MeetingAxis(meetings), FigureLook.CountAxis(valueTitle, values), height: 340, showLegend: true),
            FigureLook.Config);

        var table = new ChartTable(title, ["Meeting", .. series.Select(s => s.Name)],
            meetings.Select((meeting, i) => new ChartRow(UkDate.Display(meeting), series.Select(s => s.Values[i]?.ToString() ?? missing).ToList())).ToList());
        return Chart.Drawn(id, title, summary, figure, table);
    }
}
