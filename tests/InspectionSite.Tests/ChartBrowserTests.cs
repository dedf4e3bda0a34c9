using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using InspectionSite.Preview;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The built pages in a real browser, offline and served as the preview serves them, under the Content-Security-Policy
/// of netlify.toml: every chart draws and nothing is written to the console.
/// </summary>
public sealed class ChartBrowserTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/2022-09-29/")]
    [InlineData("/recommendations/9159/")]
    public async Task Every_chart_draws_offline_under_the_site_policy_with_no_console_message(string path)
    {
        await using var server = await PreviewServer.ServeAsync(site.Output, SiteHeaders.Netlify);
        var served = site.Open(path);
        var expected = served.QuerySelectorAll("figure.chart").Length;
        Assert.True(expected > 0, $"{path} has no chart to draw");

        var page = HeadlessChromium.Load(new Uri(server.SiteAddress, path).AbsoluteUri);
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

    /// <summary>Every policy the documentation states is the one netlify.toml sends, which the charts are tested under.</summary>
    [Fact]
    public void The_documentation_gives_the_policy_the_charts_are_tested_under()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Repository.Root, "README.md"));
        var stated = documents.SelectMany(document => Regex.Matches(File.ReadAllText(document), "default-src '[^`\n]*")).Select(m => m.Value).ToList();
        Assert.NotEmpty(stated);
        Assert.All(stated, policy => Assert.Equal(SiteHeaders.ContentSecurityPolicy, policy));
    }
}
