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
        // A chart draws as it comes into view, so the reader scrolls past each.
        foreach (var chart in await tab.Page.Locator("figure.chart").AllAsync())
            await chart.ScrollIntoViewIfNeededAsync();
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

    /// <summary>A reader tabbing through a chart's table as the chart draws keeps the table and the focus (WCAG 2.4.3, 3.2.1).</summary>
    [Fact]
    public async Task A_chart_drawn_while_its_table_has_keyboard_focus_leaves_the_table_open_and_the_focus_where_it_was()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/");
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
        var chart = tab.Page.Locator("figure.chart").Last;
        Assert.True(await chart.Locator(".chart-plot").EvaluateAsync<bool>("p => p.hidden"), "the home page's last chart is not drawn before it is scrolled to");

        // Focus moves into the table, which brings the chart into view, which draws it.
        await chart.Locator("details.chart-data [role=region]").FocusAsync();
        await chart.Locator(".chart-plot.js-plotly-plot svg.main-svg").First.WaitForAsync(new() { Timeout = Patience });
        await tab.Page.WaitForTimeoutAsync(500);

        Assert.True(await chart.Locator("details.chart-data").EvaluateAsync<bool>("d => d.open"), "the table folded away under the reader's focus");
        Assert.True(await chart.Locator("details.chart-data [role=region]").EvaluateAsync<bool>("r => r === document.activeElement"), "the focus left the table");
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task A_chart_below_the_fold_waits_to_be_scrolled_to_and_printing_draws_every_chart()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/");
        var last = tab.Page.Locator("figure.chart").Last;
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
        Assert.True(await last.EvaluateAsync<bool>("f => f.getBoundingClientRect().top > innerHeight + 400"), "the home page's last chart starts below the fold");
        await tab.Page.WaitForTimeoutAsync(500);
        Assert.True(await last.Locator(".chart-plot").EvaluateAsync<bool>("p => p.hidden"), "a chart out of view is not drawn on load");

        await tab.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await tab.Page.WaitForFunctionAsync(EveryChartDrawn, null, new() { Timeout = Patience });
        Assert.Empty(tab.Problems);
    }
}
