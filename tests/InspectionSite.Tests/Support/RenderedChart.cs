using System.Text.Json;
using AngleSharp.Dom;

namespace InspectionSite.Tests.Support;

/// <summary>One chart as a built page carries it: the summary a reader sees, its table, and the figure JSON the script draws.</summary>
public sealed record RenderedChart(string Id, string Summary, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, JsonElement? Figure)
{
    public static RenderedChart Read(IDocument page, string id)
    {
        var chart = page.GetElementById(id) ?? throw new InvalidOperationException($"No chart #{id} on the page.");
        var summary = chart.QuerySelector(".chart-summary")!.TextContent.Trim();
        var columns = chart.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        var rows = chart.QuerySelectorAll("tbody tr").Select(tr => (IReadOnlyList<string>)tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        var data = chart.QuerySelector(".chart-plot") is { } plot ? page.GetElementById(plot.GetAttribute("data-figure")!) : null;
        JsonElement? figure = data is null ? null : JsonDocument.Parse(data.TextContent).RootElement.Clone();
        return new RenderedChart(id, summary, columns, rows, figure);
    }

    /// <summary>Every chart on a page, drawn or not.</summary>
    public static IReadOnlyList<RenderedChart> All(IDocument page) =>
        page.QuerySelectorAll(".chart[id]").Select(c => Read(page, c.Id!)).ToList();

    /// <summary>The table cell in the row headed <paramref name="row"/> and the column headed <paramref name="column"/>.</summary>
    public string Cell(string row, string column)
    {
        var r = Rows.Single(cells => cells[0] == row);
        return r[Columns.ToList().IndexOf(column)];
    }
}
