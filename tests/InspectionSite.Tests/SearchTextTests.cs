using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// What search finds a page by, read as Pagefind reads it: the text of the element marked data-pagefind-body,
/// less every element marked data-pagefind-ignore. Each fact is found on the page it belongs to, once.
/// </summary>
public sealed partial class SearchTextTests
{
    [Fact]
    public void An_items_page_gives_search_its_own_words_and_not_its_reports_title_or_what_its_title_repeats()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new BuildPipeline(new BuildOptions(folder["input"], folder["output"], null, null, SiteBuilder.AsOf)).Produce();
        var item = site.Content.Recommendations.First(r => r.Reference is not null && r.Area is not null && r.ReportId is not null && r.Addressee is not null);
        var report = site.Content.Reports.Single(r => r.Id == item.ReportId);

        var text = IndexedText(site, Routes.Recommendation(item.Id));

        Assert.StartsWith(Labels.TitleOf(item, report), text);
        Assert.Contains(Spaced(item.Text), text);
        Assert.Contains(item.Addressee!, text);
        Assert.DoesNotContain(report.Title, text);
        Assert.Equal(1, Count(text, Labels.Of(item.Kind)));
        Assert.Equal(1, Count(text, item.Reference!));
        Assert.Equal(1 + item.Topics.Count(topic => topic == item.Area), Count(text, item.Area!)); // a topic is a tag of its own
        Assert.Contains(report.Title, IndexedText(site, Routes.Report(report.Id)));
    }

    private static string IndexedText(ProducedSite site, string path)
    {
        var file = site.Files.Single(f => f.Path == Routes.OutputFile(path));
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        var body = document.QuerySelector("[data-pagefind-body]")!;
        foreach (var ignored in body.QuerySelectorAll("[data-pagefind-ignore]").ToList()) ignored.Remove();
        return Spaced(body.TextContent);
    }

    private static int Count(string text, string words) => Regex.Matches(text, Regex.Escape(words)).Count;

    private static string Spaced(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
