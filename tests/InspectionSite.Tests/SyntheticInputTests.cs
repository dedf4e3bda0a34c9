using AngleSharp.Html.Parser;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The synthetic input that the benchmark builds must be a valid input, and the same every time.</summary>
public sealed class SyntheticInputTests
{
    [Fact]
    public void Fifty_synthetic_recommendations_build_without_problems_into_a_page_each()
    {
        using var folder = new TempFolder();
        var scale = SyntheticScale.ForRecommendations(50);
        SyntheticInput.Write(scale, folder["input"]);

        var result = SiteBuilder.Build(folder["input"], folder["output"]);

        Assert.Empty(result.Warnings);
        Assert.Equal(50, result.Content.Recommendations.Count);
        Assert.Equal(scale.Reports, result.Content.Reports.Count);
        Assert.Equal(scale.Meetings, result.Content.Meetings.Count);
        Assert.Equal(scale.Meetings * 5, result.Content.Totals.Count);
        Assert.NotEmpty(result.Content.Claims);
        Assert.True(result.Content.Progress.Count > 50, "most items have a status history");
        Assert.All(result.Content.Reports, r => Assert.InRange(r.Body!.Source.Split(' ', '\n').Length, 380, 520));
        Assert.All(result.Content.Recommendations, r => Assert.True(File.Exists(BuiltSite.FileOf(folder["output"], $"/recommendations/{r.Id}/")), r.Id));
    }

    [Fact]
    public void Report_bodies_link_to_other_pages_and_mention_items_by_reference()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        SiteBuilder.Build(folder["input"], folder["output"]);

        var report = new HtmlParser().ParseDocument(File.ReadAllText(BuiltSite.FileOf(folder["output"], "/reports/report-00001/")));
        var prose = report.QuerySelector(".prose")!;
        Assert.NotNull(prose.QuerySelector("h2"));
        Assert.NotNull(prose.QuerySelector("table"));
        Assert.NotNull(prose.QuerySelector("ul"));
        Assert.Contains(prose.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/reports/", StringComparison.Ordinal));
        Assert.Contains(prose.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Recommendation 1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_different_ones()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50, seed: 7), folder["a"]);
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50, seed: 7), folder["b"]);
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50, seed: 8), folder["c"]);

        Assert.Equal(Snapshot(folder["a"]), Snapshot(folder["b"]));
        Assert.NotEqual(Snapshot(folder["a"]), Snapshot(folder["c"]));
    }

    private static string Snapshot(string folder) => string.Join("\n", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(folder, f) + "\n" + File.ReadAllText(f)));
}
