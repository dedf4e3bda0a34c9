using System.Globalization;
using System.Text.Json;
using InspectionSite.Content.Model;

namespace InspectionSite.Tests.Support;

/// <summary>
/// Reads a chart's numbers back out of its Plotly JSON, point by point, and finds each in the chart's HTML
/// table: what the browser draws and what a screen reader hears must be the same numbers.
/// </summary>
public static class FigureAndTable
{
    public static void AssertSameNumbers(RenderedChart chart)
    {
        var figure = chart.Figure!.Value;
        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        var yAxis = figure.GetProperty("layout").GetProperty("yaxis");
        var points = 0;
        foreach (var trace in traces)
        {
            var xs = trace.GetProperty("x").EnumerateArray().ToList();
            var ys = trace.GetProperty("y").EnumerateArray().ToList();
            var name = Text(trace.GetProperty("name"));
            for (var i = 0; i < xs.Count; i++, points++)
            {
                var (x, y) = (xs[i], ys[i]);
                if (trace.GetProperty("type").GetString() == "bar")
                {
                    var horizontal = trace.TryGetProperty("orientation", out var o) && o.GetString() == "h";
                    var (category, value) = horizontal ? (y, x) : (x, y);
                    Assert.Equal(value.GetDouble(), Number(chart.Cell(Text(category), name)));
                }
                else if (IsTimeline(trace))
                {
                    // A timeline: a dated event in a row of its kind, placed at the first day of a period the table writes as the paper gives it.
                    Assert.Contains(chart.Rows, r => r[1] == Text(y) && (r[0] == Display(x) || PartialDate.TryParse(r[0], out var period) && UkDate.Display(period.Start) == Display(x)));
                }
                else if (yAxis.TryGetProperty("ticktext", out var labels))
                {
                    // A status history: the number is the position of a status label on the axis.
                    var at = yAxis.GetProperty("tickvals").EnumerateArray().Select(v => v.GetDouble()).ToList().IndexOf(y.GetDouble());
                    Assert.Equal(Text(labels[at]), chart.Cell(Display(x), "Status"));
                }
                else
                {
                    Assert.Equal(y.ValueKind == JsonValueKind.Null ? null : y.GetDouble(), Number(chart.Cell(Display(x), name)));
                    // A chart of too many meetings to label each point leaves the labels to its table.
                    if (trace.TryGetProperty("text", out var text))
                        Assert.Equal(text[i].GetString(), y.ValueKind == JsonValueKind.Null ? "" : chart.Cell(Display(x), name));
                }
            }
        }
        // And nothing in the table that the figure leaves out: one point per cell, or per event on a timeline.
        var cells = chart.Rows.Sum(r => r.Count - 1);
        Assert.True(traces.All(IsTimeline) ? points == chart.Rows.Count : points == cells,
            $"#{chart.Id}: the figure has {points} points and the table {cells} cells in {chart.Rows.Count} rows.");
    }

    /// <summary>A name or label as the table writes it: the figure breaks long ones over lines for narrow screens.</summary>
    public static string Text(JsonElement label) => label.GetString()!.Replace("<br>", " ", StringComparison.Ordinal);

    /// <summary>Dated events in rows by kind: a scatter trace whose y values are text.</summary>
    private static bool IsTimeline(JsonElement trace) =>
        trace.GetProperty("type").GetString() == "scatter" && trace.GetProperty("y").EnumerateArray().All(y => y.ValueKind == JsonValueKind.String);

    /// <summary>A table cell as a number: "over 60" is drawn at 60; "Not given" and the like are no number.</summary>
    private static double? Number(string cell) =>
        double.TryParse(cell.StartsWith("over ", StringComparison.Ordinal) ? cell[5..] : cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Display(JsonElement isoDate) =>
        UkDate.Display(DateOnly.ParseExact(isoDate.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
