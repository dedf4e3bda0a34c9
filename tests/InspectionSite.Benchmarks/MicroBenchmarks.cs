using BenchmarkDotNet.Attributes;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Tables;
using InspectionSite.Content.Site;
using InspectionSite.Content.OpenData;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;
using InspectionSite.Tools;
using InspectionSite.Theme;

namespace InspectionSite.Benchmarks;

/// <summary>Reading the two largest CSV files of a 1,000-recommendation input: recommendations and progress.</summary>
[MemoryDiagnoser]
public class CsvLoading
{
    private string _recommendations = "";
    private string _progress = "";

    [GlobalSetup]
    public void Setup()
    {
        var folder = SyntheticInputs.Folder(1000);
        _recommendations = SourceText.Read(Path.Combine(folder, "recommendations.csv"));
        _progress = SourceText.Read(Path.Combine(folder, "progress.csv"));
    }

    [Benchmark]
    public int Recommendations() => RecommendationsTable.Schema.Read(_recommendations, new CsvReadContext("recommendations.csv", new DiagnosticBag())).Count;

    [Benchmark]
    public int Progress() => ProgressTable.Schema.Read(_progress, new CsvReadContext("progress.csv", new DiagnosticBag())).Count;
}

/// <summary>Rendering one report-length Markdown body (about 420 words) with the site's pipeline: mentions, link checks, sanitising.</summary>
[MemoryDiagnoser]
public class MarkdownRendering
{
    private MarkdownRenderer _renderer = null!;
    private MarkdownText _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = new InputReader(SyntheticInputs.Folder(1000), new DiagnosticBag()).Read();
        var references = content.Recommendations.Where(r => r.Reference is not null).ToDictionary(r => r.Reference!, r => Routes.Recommendation(r.Id));
        _renderer = new MarkdownRenderer(LinkSite.Markdown, new Routes(), PageKinds.AllRoutes.ListedPathsIn(content), references.GetValueOrDefault, new DiagnosticBag());
        _body = content.Reports[0].Body!;
    }

    [Benchmark]
    public int ReportBody() => _renderer.Render(_body).Length;
}

/// <summary>Rendering single pages of a 1,000-recommendation site through the theme's Razor components.</summary>
[MemoryDiagnoser]
public class PageRendering
{
    private IReadOnlyList<PageSpec> _recommendation = null!;
    private IReadOnlyList<PageSpec> _report = null!;
    private IReadOnlyList<PageSpec> _meeting = null!;
    private IReadOnlyList<PageSpec> _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var content = new InputReader(SyntheticInputs.Folder(1000), diagnostics).Read();
        var site = new SiteLinker(new Routes(), PageKinds.AllRoutes, new DateOnly(2026, 1, 1), diagnostics, LinkSite.Markdown).Link(content)!;
        var assets = new ThemeAssets(typeof(PageContext).Assembly, PackagedAssets.From(NodePackages.Locate()), content.Site);
        var pages = SitePages.Of(site, assets.Paths, OpenDataTables.Of(site), ItemRows.Render(site, assets.Paths, site.Recommendations));
        _recommendation = [pages.First(p => p.Path.StartsWith("/recommendations/1", StringComparison.Ordinal))];
        _report = [pages.First(p => p.Path.StartsWith("/reports/report-", StringComparison.Ordinal))];
        _meeting = [pages.Last(p => p.Path.StartsWith("/meetings/2", StringComparison.Ordinal))];
        _index = [pages.First(p => p.Path == Routes.Recommendations)];
    }

    [Benchmark]
    public int RecommendationPage() => PageRenderer.RenderAll(_recommendation)[0].Content.Length;

    [Benchmark]
    public int ReportPage() => PageRenderer.RenderAll(_report)[0].Content.Length;

    [Benchmark]
    public int MeetingPage() => PageRenderer.RenderAll(_meeting)[0].Content.Length;

    [Benchmark(Description = "Recommendations index (1,000 rows)")]
    public int RecommendationsIndex() => PageRenderer.RenderAll(_index)[0].Content.Length;
}
