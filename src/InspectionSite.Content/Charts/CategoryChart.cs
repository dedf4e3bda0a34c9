using InspectionSite.Content.Charts.Plotly;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Counts by category, drawn as bars (grouped or stacked, upright or lying down) and tabled category
/// by category, both from the same series.
/// </summary>
public static class CategoryChart
{
    public static Chart Build(string id, string title, string summary, string categoryTitle, string valueTitle,
        IReadOnlyList<string> categories, IReadOnlyList<Series> series, BarMode mode, bool horizontal)
    {
        var traces = series.Select(s =>
        {
            var values = DataArray.Of(s.Values.Select(v => v?.Value ?? 0));
            var names = DataArray.Of(categories);
            return (Trace)new Bar
            {
                Name = s.Name,
                Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                X = horizontal ? values : names,
                Y = horizontal ? names : values,
                // Stacked segments are too small, and hatched, to carry a legible label: the table gives their numbers.
                Text = mode == BarMode.Stack ? null : s.Values.Select(v => v is { Value: > 0 } c ? c.ToString() : "").ToList(),
                TextPosition = mode == BarMode.Stack ? BarTextPosition.None : BarTextPosition.Outside,
                Marker = FigureLook.BarMarker(s.PointStyles ?? categories.Select(_ => s.Style).ToList()),
                ClipOnAxis = false,
            };
        }).ToList();

        var totals = categories.Select((_, i) => mode == BarMode.Stack
            ? series.Sum(s => s.Values[i]?.Value ?? 0)
            : series.Max(s => s.Values[i]?.Value ?? 0));
        var countAxis = FigureLook.CountAxis(valueTitle, totals);
        var categoryAxis = FigureLook.Axis(categoryTitle) with { Type = AxisType.Category, ShowGrid = false, AutoRange = horizontal ? "reversed" : null };
        var height = horizontal ? 140 + 56 * categories.Count : 360;
        var figure = new Figure(traces,
            FigureLook.Layout(horizontal ? countAxis : categoryAxis, horizontal ? categoryAxis : countAxis, height, showLegend: series.Count > 1, mode),
            FigureLook.Config);

        var table = new ChartTable(title, [categoryTitle, .. series.Select(s => s.Name)],
            categories.Select((category, i) => new ChartRow(category, series.Select(s => s.Values[i]?.ToString() ?? "0").ToList())).ToList());
        return Chart.Drawn(id, title, summary, figure, table);
    }
}
