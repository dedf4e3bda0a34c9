using BenchmarkDotNet.Attributes;
using InspectionSite.Content.Charts;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;

namespace InspectionSite.Benchmarks;

/// <summary>
/// Every chart of a 10,000-recommendation site worked out and its figure written as the page carries it: the home
/// page's five, each meeting's changes and each item's status history, the figure stage of a build.
/// </summary>
[MemoryDiagnoser]
public class FigureBuilding
{
    private ContentSet _content = null!;
    private SiteModel _site = null!;

    [GlobalSetup]
    public void Setup() => _content = new InputReader(SyntheticInputs.Folder(10_000), new DiagnosticBag()).Read();

    /// <summary>A site linked afresh for each iteration, as each build links its own: no figure is drawn yet.</summary>
    [IterationSetup]
    public void Link() =>
        _site = new SiteLinker(new Routes(), PageKinds.AllRoutes, new DateOnly(2026, 1, 1), new DiagnosticBag(), LinkSite.Markdown).Link(_content)!;

    [Benchmark(Description = "Every figure of a 10,000-item site")]
    public long EveryFigure()
    {
        IEnumerable<Chart> charts =
        [
            SiteCharts.OpenInPapersTotals(_site), SiteCharts.OpenNamedItems(_site), SiteCharts.ByOwnerAndStatus(_site),
            SiteCharts.RagNow(_site), SiteCharts.Timeline(_site),
            .. _site.Meetings.Select(m => SiteCharts.ChangesAt(_site, m)),
            .. _site.Recommendations.Select(r => SiteCharts.StatusHistory(_site, r)),
        ];
        return charts.Where(c => c.Figure is not null).Sum(c => (long)Written(c).Length);
    }

    private static string Written(Chart chart) => chart.Figure!.Json;
}
