using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Counts by category, drawn as bars (grouped or stacked, upright or lying down) and tabled category
/// by category, both from the same series.
/// </summary>
public static class CategoryChart
{
    public static Chart Build(string id, string title, string summary, string categoryTitle, string valueTitle,
        IReadOnlyList<string> categories, IReadOnlyList<Series> series, StyleParam.BarMode mode, bool horizontal)
    {
        var stacked = mode.Equals(StyleParam.BarMode.Stack);
        // Long category names go over lines rather than squeeze the bars, lying down, or be turned at an angle,
        // standing up, on a narrow screen.
        var keys = categories.Select(c => FigureLook.Wrap(c, horizontal ? 16 : 8)).ToArray();
        var traces = series.Select(s =>
        {
            var values = s.Values.Select(v => v?.Value ?? 0).ToArray();
            var styles = s.PointStyles ?? categories.Select(_ => s.Style).ToList();
            var (marker, pattern) = (FigureLook.BarMarker(styles), FigureLook.BarPattern(styles));
            // Stacked segments are too small, and hatched, to carry a legible label: the table gives their numbers.
            Optional<IEnumerable<string>> labels = stacked ? default : new(s.Values.Select(v => v is { Value: > 0 } c ? c.ToString() : "").ToArray(), true);
            var position = stacked ? StyleParam.TextPosition.None : StyleParam.TextPosition.Outside;
            var bars = horizontal
                ? PlotlyChart.Bar<int, string, string>(values, Keys: keys, Name: FigureLook.Wrap(s.Name), MultiText: labels, TextPosition: position, Marker: marker, MarkerPattern: pattern, UseDefaults: false)
                : PlotlyChart.Column<int, string, string>(values, Keys: keys, Name: FigureLook.Wrap(s.Name), MultiText: labels, TextPosition: position, Marker: marker, MarkerPattern: pattern, UseDefaults: false);
            return bars.WithTraceProperty("cliponaxis", false);
        }).ToList();

        var totals = categories.Select((_, i) => stacked
            ? series.Sum(s => s.Values[i]?.Value ?? 0)
            : series.Max(s => s.Values[i]?.Value ?? 0));
        var countAxis = FigureLook.CountAxis(valueTitle, totals);
        var categoryAxis = FigureLook.Axis(categoryTitle).With("type", StyleParam.AxisType.Category.Convert()).With("showgrid", false);
        if (horizontal) categoryAxis.With("autorange", StyleParam.AutoRange.Reversed.Convert());
        var height = horizontal ? 140 + 56 * categories.Count : 360;
        var figure = FigureLook.Figure(traces, horizontal ? countAxis : categoryAxis, horizontal ? categoryAxis : countAxis, height,
            showLegend: series.Count > 1, mode);

        var table = new ChartTable(title, [categoryTitle, .. series.Select(s => s.Name)],
            categories.Select((category, i) => new ChartRow(category, series.Select(s => s.Values[i]?.ToString() ?? "0").ToList())).ToList());
        return Chart.Drawn(id, title, summary, figure, table);
    }
}
