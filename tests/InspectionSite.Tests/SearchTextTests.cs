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
        var meta = Meta(site, Routes.Recommendation(item.Id));

        Assert.StartsWith(Spaced(item.Text), text);
        Assert.Equal(Labels.LinkTextOf(item), meta["title"]);
        Assert.Equal(item.Addressee, meta["addressee"]);
        Assert.DoesNotContain(report.Title, text + string.Join(" ", meta.Values));
        Assert.DoesNotContain(Labels.Of(item.Kind), text);
        Assert.DoesNotContain(item.Reference!, text);
        Assert.Equal(item.Topics.Count(topic => topic == item.Area), Count(text, item.Area!)); // a topic is a tag of its own
        Assert.StartsWith(report.Title, IndexedText(site, Routes.Report(report.Id)));
        Assert.Equal(report.Title, Meta(site, Routes.Report(report.Id))["title"]);
    }

    /// <summary>Field values are found by search but left out of the excerpts, where they would run together without their names.</summary>
    [Fact]
    public void Field_values_are_searchable_metadata_and_the_indexed_text_reads_as_sentences()
    {
        using var folder = new TempFolder();
        var site = new BuildPipeline(new BuildOptions(Repository.Input, folder["output"], null, null, SiteBuilder.AsOf)).Produce();

        var item = Meta(site, Routes.Recommendation("10618"));
        Assert.Equal("Chief Constables", item["addressee"]);
        Assert.Equal("Within six months", item["timescale"]);
        Assert.DoesNotContain("Chief Constables Within six months", IndexedText(site, Routes.Recommendation("10618")));

        var report = IndexedText(site, Routes.Report("finding-time-for-crime"));
        Assert.DoesNotContain("11 August 2022", report);
        Assert.Equal("11 August 2022", Meta(site, Routes.Report("finding-time-for-crime"))["published"]);
        Assert.Equal("29 September 2022", Meta(site, Routes.Meeting("2022-09-29"))["date"]);
    }

    private static string IndexedText(ProducedSite site, string path)
    {
        var file = site.Files.Single(f => f.Path == Routes.OutputFile(path));
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        var body = document.QuerySelector("[data-pagefind-body]")!;
        foreach (var ignored in body.QuerySelectorAll("[data-pagefind-ignore]").ToList()) ignored.Remove();
        return Spaced(body.TextContent);
    }

    /// <summary>The page's data-pagefind-meta fields, which Pagefind also searches (the title weighing most), and shows with results.</summary>
    private static Dictionary<string, string> Meta(ProducedSite site, string path)
    {
        var file = site.Files.Single(f => f.Path == Routes.OutputFile(path));
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        return document.QuerySelectorAll("[data-pagefind-meta]").ToDictionary(e => e.GetAttribute("data-pagefind-meta")!, e => Spaced(e.TextContent));
    }

    private static int Count(string text, string words) => Regex.Matches(text, Regex.Escape(words)).Count;

    private static string Spaced(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
