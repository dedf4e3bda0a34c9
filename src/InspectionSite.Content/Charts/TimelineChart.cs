using System.Globalization;
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
/// A kind of event on a timeline ("Report published"), and where the reader finds the events of a year when there are
/// too many to list.
/// </summary>
public sealed record TimelineKind(string Name, Func<int, ChartLink>? YearPage = null);

/// <summary>
/// Events on a date axis, one row of markers per kind of event, and a table of every event in date order; or, when
/// there are more than <see cref="Period.MaxListed"/>, columns counting each kind per month, quarter or year
/// (<see cref="Period.For"/>), and a table of the same counts.
/// </summary>
public static class TimelineChart
{
    /// <param name="kinds">The rows, top to bottom, or the columns side by side.</param>
    public static Chart Build(string id, string title, string summary, IReadOnlyList<TimelineKind> kinds, IReadOnlyList<TimelineEvent> events) =>
        Period.For(events.Select(e => e.Date).ToList()) is { } period
            ? Counted(id, title, summary, kinds, events, period)
            : Listed(id, title, summary, kinds.Select(k => k.Name).ToList(), events);

    private static Chart Listed(string id, string title, string summary, IReadOnlyList<string> kinds, IReadOnlyList<TimelineEvent> events)
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

        var dateAxis = FigureLook.DateAxis("Date", Period.Month.TickFormat)
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

    private static Chart Counted(string id, string title, string summary, IReadOnlyList<TimelineKind> kinds, IReadOnlyList<TimelineEvent> events, Period period)
    {
        var starts = period.Between(events.Min(e => e.Date), events.Max(e => e.Date));
        var counts = events.CountBy(e => (e.Kind, Start: period.StartOf(e.Date))).ToDictionary(c => c.Key, c => c.Value);
        var series = kinds.Select(kind => starts.Select(start => counts.GetValueOrDefault((kind.Name, start))).ToList()).ToList();
        var traces = kinds.Select((kind, i) =>
        {
            var style = ChartStyle.Event(i);
            return PlotlyChart.Column<int, string, string>(series[i], Keys: starts.Select(FigureLook.Iso).ToArray(), Name: FigureLook.Wrap(kind.Name),
                    Marker: FigureLook.BarMarker([style]), MarkerPattern: FigureLook.BarPattern([style]), UseDefaults: false)
                // Each bar spans its own period on the date axis.
                .WithTraceProperty("xperiod", $"M{period.Months}")
                .WithTraceProperty("xperiodalignment", "middle");
        });
        var dateAxis = FigureLook.DateAxis(period.Heading, period.TickFormat);
        var figure = FigureLook.Figure(traces, dateAxis, FigureLook.CountAxis($"Number in each {period.Name}", series.SelectMany(s => s)),
            height: 420, showLegend: true, StyleParam.BarMode.Group);

        var links = kinds.Any(k => k.YearPage is not null);
        var rows = starts.Select((start, i) => new ChartRow(period.Label(start), series.Select(s => s[i].ToString(CultureInfo.InvariantCulture)).ToList())
        {
            Links = kinds.Where((kind, k) => kind.YearPage is not null && series[k][i] > 0).Select(kind => kind.YearPage!(start.Year)).ToList(),
        }).ToList();
        var table = new ChartTable(title, [period.Heading, .. kinds.Select(k => k.Name)], rows)
        {
            LinksColumn = links ? "Where to find them" : null,
        };
        var counted = $" There are too many to list one by one, so the chart and its table count them per {period.Name}.";
        return Chart.Drawn(id, title, summary + counted, figure, table);
    }
}
