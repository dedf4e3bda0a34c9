using AngleSharp.Html.Parser;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The built pages in a real browser, offline and under the strictest Content-Security-Policy plotly.js runs
/// under: every chart draws and nothing is written to the console.
/// </summary>
public sealed class ChartBrowserTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    /// <summary>
    /// No 'unsafe-inline' and no 'unsafe-eval'. The one hash is of the map stylesheet plotly.js 4.1.2 inserts
    /// when it loads; the README gives this same policy.
    /// </summary>
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-2GF9hCGTDj/GGFNlQA54jDdMGl2fvoeZmZjAvBSiAtM='; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/2022-09-29/")]
    [InlineData("/recommendations/9159/")]
    public void Every_chart_draws_offline_under_a_strict_policy_with_no_console_message(string path)
    {
        using var server = new StaticServer(site.Output, Policy);
        var served = site.Open(path);
        var expected = served.QuerySelectorAll("figure.chart").Length;
        Assert.True(expected > 0, $"{path} has no chart to draw");

        var page = HeadlessChromium.Load(server.Url(path));
        Assert.True(page.Console.Count == 0, string.Join("\n", page.Console));
        var dom = new HtmlParser().ParseDocument(page.Dom);
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

    [Fact]
    public void The_readme_gives_the_policy_the_charts_are_tested_under() =>
        Assert.Contains(Policy, File.ReadAllText(Path.Combine(Repository.Root, "README.md")));
}
