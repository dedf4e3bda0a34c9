using AngleSharp.Html.Parser;
using InspectionSite.BrowserTests.Browser;
using InspectionSite.Tests.Support;

namespace InspectionSite.BrowserTests;

/// <summary>
/// The built pages in a real browser, offline and served as the preview serves them, under the Content-Security-Policy
/// of netlify.toml: every chart draws and nothing is written to the console.
/// </summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(BrowserSite fixture)
{
    /// <summary>Drawn, each chart folds its table away (scripts/charts.js).</summary>
    private const string EveryChartDrawn = "() => document.querySelectorAll('figure.chart details.chart-data[open]').length === 0";

    /// <summary>How long the charts may take to draw, in milliseconds, before the test looks at what was drawn.</summary>
    private const float Patience = 15_000;

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/2022-09-29/")]
    [InlineData("/recommendations/9159/")]
    public async Task Every_chart_draws_offline_under_the_site_policy_with_no_console_message(string path)
    {
        var served = BuiltSite.Open(fixture.Site.Folder, path);
        var expected = served.QuerySelectorAll("figure.chart").Length;
        Assert.True(expected > 0, $"{path} has no chart to draw");

        await using var tab = await ReaderTab.OpenAsync(fixture, path);
        try
        {
            await tab.Page.WaitForFunctionAsync(EveryChartDrawn, null, new() { Timeout = Patience });
        }
        catch (TimeoutException)
        {
            // What did not draw is for the assertions below to say.
        }
        Assert.True(tab.Console.Count == 0, string.Join("\n", tab.Console));
        Assert.Empty(tab.Problems);
        var dom = new HtmlParser().ParseDocument(await tab.Page.ContentAsync());
        var plots = dom.QuerySelectorAll("figure.chart .chart-plot.js-plotly-plot");
        Assert.Equal(expected, plots.Length);
        foreach (var plot in plots)
        {
            Assert.False(plot.HasAttribute("hidden"));
            var figure = served.GetElementById(plot.GetAttribute("data-figure")!)!.TextContent;
            var traces = System.Text.Json.JsonDocument.Parse(figure).RootElement.GetProperty("data").GetArrayLength();
            Assert.Equal(traces, plot.QuerySelectorAll("svg.main-svg g.trace").Length);
            Assert.Equal("true", plot.GetAttribute("aria-hidden"));
        }
        // Drawn, each chart folds its table away behind its summary line.
        Assert.All(dom.QuerySelectorAll("figure.chart details.chart-data"), d => Assert.False(d.HasAttribute("open")));
    }
}
