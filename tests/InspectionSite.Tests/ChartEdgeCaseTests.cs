using System.Text.Json;
using InspectionSite.Content.Charts;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The real input with the gaps and oddities an editor's data can have: no totals, an item no paper has reported on, a hostile owner name.</summary>
public sealed class EditedChartSite : IDisposable
{
    public const string HostileOwner = "</script><script>alert(1)</script> Crime & Co";
    public const string HostileTitle = "Solihull </script><script>alert(2)</script><!-- JTAI Report";

    private readonly TempFolder _folder = TempFolder.WithRealInput();
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    public EditedChartSite()
    {
        var totals = Path.Combine(_folder["input"], "totals.csv");
        File.WriteAllLines(totals, File.ReadAllLines(totals).Take(1).ToList());
        var progress = Path.Combine(_folder["input"], "progress.csv");
        File.WriteAllLines(progress, File.ReadAllLines(progress).Where(l => !l.StartsWith("8539,", StringComparison.Ordinal)));
        InputEdits.Replace(Path.Combine(_folder["input"], "recommendations.csv"), "Crime portfolio (ACC Bell)", HostileOwner);
        InputEdits.Replace(Path.Combine(_folder["input"], "reports.csv"), "Solihull JTAI Report", HostileTitle);
        SiteBuilder.Build(_folder["input"], _folder["output"]);
    }

    public AngleSharp.Dom.IDocument Open(string path) => Parser.ParseDocument(File.ReadAllText(BuiltSite.FileOf(_folder["output"], path)));

    public void Dispose() => _folder.Dispose();
}

public sealed class ChartEdgeCaseTests(EditedChartSite site) : IClassFixture<EditedChartSite>
{
    [Fact]
    public void With_no_totals_in_any_paper_the_totals_chart_is_a_sentence_with_no_figure_or_table()
    {
        var home = site.Open("/");
        var chart = home.GetElementById("chart-open-totals")!;
        Assert.Equal("No committee paper on this site gives totals of open items.", chart.QuerySelector(".chart-summary")!.TextContent);
        Assert.Null(chart.QuerySelector("table, script, .chart-plot"));
        Assert.Null(home.GetElementById("chart-open-totals-figure"));
    }

    [Fact]
    public void An_item_no_paper_has_reported_on_has_a_sentence_in_place_of_its_history_chart_and_loads_no_chart_script()
    {
        var page = site.Open("/recommendations/8539/");
        var chart = RenderedChart.Read(page, "chart-status-history");
        Assert.Null(chart.Figure);
        Assert.Equal("No committee paper has yet reported on this item, so there is no history to chart.", chart.Summary);
        Assert.Empty(BuiltSite.OwnScripts(page));
    }

    [Fact]
    public void Text_from_the_input_cannot_break_out_of_the_figure_json()
    {
        var home = site.Open("/");
        Assert.All(home.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json"));
        Assert.Single(BuiltSite.OwnScripts(home));

        var chart = RenderedChart.Read(home, "chart-owners");
        var owners = chart.Figure!.Value.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(FigureAndTable.Text).ToList();
        Assert.Contains(EditedChartSite.HostileOwner, owners);
        Assert.Contains(chart.Rows, r => r[0] == EditedChartSite.HostileOwner);
    }

    [Fact]
    public void Rag_ratings_once_given_are_drawn_as_labelled_bars_that_differ_in_hatching_as_well_as_colour()
    {
        using var folder = TempFolder.WithRealInput();
        InputEdits.Replace(Path.Combine(folder["input"], "progress.csv"), "10618,2022-09-29,open,,", "10618,2022-09-29,open,red,");
        InputEdits.Replace(Path.Combine(folder["input"], "progress.csv"), "9962,2022-09-29,open,,", "9962,2022-09-29,open,amber,");

        var chart = SiteCharts.RagNow(LinkedSite.From(folder["input"]));
        Assert.True(chart.IsDrawn);
        Assert.Equal("Of the 8 open named items, as last reported, 1 is rated red, 1 amber and 0 green; 6 have no rating in the papers.", chart.Summary);
        Assert.Equal(["Red", "Amber", "Green", "Not known"], chart.Table!.Rows.Select(r => r.Header));
        Assert.Equal(["1", "1", "0", "6"], chart.Table.Rows.Select(r => r.Cells[0]));

        var bar = JsonDocument.Parse(chart.Figure!.Json).RootElement.GetProperty("data")[0];
        Assert.Equal(["Red", "Amber", "Green", "Not<br>known"], bar.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(4, bar.GetProperty("marker").GetProperty("pattern").GetProperty("shape").EnumerateArray().Select(s => s.GetString()).Distinct().Count());
        Assert.Equal(4, bar.GetProperty("marker").GetProperty("color").EnumerateArray().Select(s => s.GetString()).Distinct().Count());
    }

    [Fact]
    public void A_lower_bound_is_drawn_at_its_value_and_written_as_over_in_the_label_table_and_summary()
    {
        using var folder = TempFolder.WithRealInput();
        File.AppendAllText(Path.Combine(folder["input"], "totals.csv"), "2022-06-30,recommendations-open,over 40,not-said,,\n");

        var chart = SiteCharts.OpenInPapersTotals(LinkedSite.From(folder["input"]));
        Assert.Contains("The papers’ own totals: open recommendations went from over 40 to 45 between the 30 June and 29 September 2022 meetings", chart.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("over 40", chart.Table!.Rows[0].Cells[0]);
        var trace = JsonDocument.Parse(chart.Figure!.Json).RootElement.GetProperty("data")[0];
        Assert.Equal(40, trace.GetProperty("y")[0].GetDouble());
        Assert.Equal("over 40", trace.GetProperty("text")[0].GetString());
    }

    [Fact]
    public void A_report_title_that_would_close_the_script_element_reaches_the_timeline_only_as_text()
    {
        var home = site.Open("/");
        Assert.All(home.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", s.OuterHtml));
        Assert.Contains(EditedChartSite.HostileTitle, home.GetElementById("chart-timeline")!.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        foreach (var block in home.QuerySelectorAll("figure.chart script[type='application/json']"))
        {
            Assert.DoesNotContain("<", block.TextContent, StringComparison.Ordinal);
            JsonDocument.Parse(block.TextContent).Dispose();
        }
    }
}
