using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;

namespace InspectionSite.BrowserTests;

/// <summary>
/// Every chart drawn on a phone's screen: each piece of text in the drawing (tick labels, axis titles, legend, bar
/// labels) lies wholly inside it, no tick label is turned at an angle, and an axis with a tick for each meeting or
/// status shows every one of them.
/// </summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class ChartNarrowScreenTests(BrowserSite fixture)
{
    /// <summary>Every page with a chart that a reader can reach: the home page, each meeting and each item.</summary>
    public static TheoryData<int, string> PagesWithCharts() => new()
    {
        { 320, "/" }, { 360, "/" },
        { 320, "/meetings/2022-09-29/" }, { 320, "/meetings/2022-06-30/" }, { 320, "/meetings/2022-03-31/" },
        { 320, "/recommendations/9159/" }, { 360, "/recommendations/9159/" }, { 320, "/recommendations/ppda-super-complaint-1/" },
    };

    /// <summary>
    /// For each drawn chart, the text drawn outside its SVG, the ticks an axis was given (<c>tickvals</c>) that
    /// plotly.js left unlabelled, as it does with a label that would run past the edge, and tick labels plotly.js
    /// turned at an angle to fit them in.
    /// </summary>
    private const string Clipped = """
        () => [...document.querySelectorAll('figure.chart')].flatMap(chart => {
          const svg = chart.querySelector('svg.main-svg');
          if (!svg) return [`#${chart.id} was not drawn`];
          const box = svg.getBoundingClientRect();
          const outside = [...chart.querySelectorAll('svg text')]
            .filter(t => t.textContent.trim() !== '')
            .filter(t => { const b = t.getBoundingClientRect(); return b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1; })
            .map(t => `#${chart.id}: "${t.textContent}" is drawn outside the chart`);
          const plot = chart.querySelector('.js-plotly-plot');
          const missing = ['x', 'y'].flatMap(axis => {
            const given = (plot.layout[axis + 'axis'] || {}).tickvals;
            if (!given) return [];
            const shown = [...chart.querySelectorAll(`g.${axis}tick text`)].filter(t => t.getBoundingClientRect().width > 0).length;
            return shown === given.length ? [] : [`#${chart.id}: ${shown} of the ${given.length} ${axis}-axis tick labels are shown`];
          });
          const turned = [...chart.querySelectorAll('g.xtick text, g.ytick text')]
            .filter(t => /rotate\((?!0[,)])/.test(t.getAttribute('transform') || ''))
            .map(t => `#${chart.id}: the tick label "${t.textContent}" is turned at an angle`);
          return [...outside, ...missing, ...turned];
        })
        """;

    [Theory]
    [MemberData(nameof(PagesWithCharts))]
    public Task Every_chart_keeps_its_text_inside_the_drawing_on_a_phone(int width, string path) => AssertTextInside(fixture, width, path);

    internal static async Task AssertTextInside(BrowserSite fixture, int width, string path)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(fixture.Site.Url(path));
            // A chart draws as it comes into view; drawn, it folds its table away.
            foreach (var chart in await page.Locator("figure.chart").AllAsync())
                await chart.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("() => document.querySelectorAll('figure.chart details.chart-data[open]').length === 0", null, new() { Timeout = 15_000 });
            Findings.AssertNone((await page.EvaluateAsync<string[]>(Clipped)).Select(problem => new Finding(path, problem)).ToList(),
                $"Chart text clipped at {width} px");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}

/// <summary>A synthetic site with too many events and meetings to list, whose home page charts count them per month.</summary>
public sealed class LongChartsBrowserSite : BrowserSite
{
    protected override string Input(InspectionSite.Tests.Support.TempFolder folder)
    {
        InspectionSite.Synthetic.SyntheticInput.Write(new(Recommendations: 300, Reports: 500, Meetings: 70, Inspections: 100), folder["input"]);
        return folder["input"];
    }
}

/// <summary>The same on a phone for charts that count their data per period: bars on a date axis, lines without labels.</summary>
[Trait("Speed", "Slow")]
public sealed class AggregatedChartNarrowScreenTests(LongChartsBrowserSite fixture) : IClassFixture<LongChartsBrowserSite>
{
    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    public Task Every_chart_of_the_home_page_keeps_its_text_inside_the_drawing_on_a_phone(int width) =>
        ChartNarrowScreenTests.AssertTextInside(fixture, width, "/");
}
