using InspectionSite.Content.Model;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace InspectionSite.Content.Charts;

/// <summary>
/// One dated event on a timeline: its kind ("Report published") and what it concerns; placed at <see cref="Date"/>, the
/// first day of its period, and written as the paper gives it (<see cref="Written"/>, "week commencing 4 April 2022").
/// </summary>
public sealed record TimelineEvent(DateOnly Date, string Kind, string Title, string? Written = null);

/// <summary>
/// Events on a date axis, one row of markers per kind of event, and a table of every event in date order.
/// </summary>
public static class TimelineChart
{
    /// <param name="kinds">The rows, top to bottom.</param>
    public static Chart Build(string id, string title, string summary, IReadOnlyList<string> kinds, IReadOnlyList<TimelineEvent> events)
    {
        var row = kinds.Select((kind, i) => (kind, i)).ToDictionary(k => k.kind, k => k.i);
        var ordered = events.OrderBy(e => e.Date).ThenBy(e => row[e.Kind]).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
        var traces = kinds.Select((kind, i) =>
        {
            var these = ordered.Where(e => e.Kind == kind).ToList();
            return PlotlyChart.Point<string, string, string>(these.Select(e => FigureLook.Iso(e.Date)), these.Select(e => FigureLook.Wrap(e.Kind, 10)),
                    Name: kind, Marker: FigureLook.PointMarker(ChartStyle.Event(i), size: 16), UseDefaults: false)
                .WithTraceProperty("cliponaxis", false);
        });

        var dateAxis = FigureLook.Axis("Date")
            .With("type", StyleParam.AxisType.Date.Convert())
            .With("tickformat", "%b<br>%Y")
            // Few enough ticks that their labels need not be turned on a phone's plot.
            .With("nticks", 4)
            .With("range", FigureLook.PaddedRange(ordered.Select(e => e.Date).ToList()));
        // Each row's own label names its kind of event, so the axis needs no title of its own.
        var kindAxis = FigureLook.Axis(title: null)
            .With("type", StyleParam.AxisType.Category.Convert())
            .With("autorange", StyleParam.AutoRange.Reversed.Convert())
            .With("showgrid", true);
        var figure = FigureLook.Figure(traces, dateAxis, kindAxis, height: 120 + 70 * kinds.Count, showLegend: false);

        var table = new ChartTable(title, ["Date", "Event", "What"],
            ordered.Select(e => new ChartRow(e.Written ?? UkDate.Display(e.Date), [e.Kind, e.Title])).ToList());
        return Chart.Drawn(id, title, summary, figure, table);
    }
}
