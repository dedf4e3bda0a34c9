using InspectionSite.Content.Model;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>Topic pages, made from the "topics" columns of inspections, reports and recommendations.</summary>
public sealed class TopicTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void The_older_people_topic_lists_both_causes_of_concern_about_older_people()
    {
        var page = site.Open("/topics/older-people/");
        Assert.Equal("Older people", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll("#items ~ * a[href^='/recommendations/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/recommendations/9962/", "/recommendations/10618/"], items);
    }

    [Fact]
    public void A_topics_count_of_items_includes_those_the_paper_counts_without_wording_them()
    {
        var counts = site.Open("/topics/").QuerySelectorAll(".topic-list li")
            .ToDictionary(li => li.QuerySelector("a")!.TextContent.Trim(), li => li.QuerySelector(".topic-counts")!.TextContent);
        Assert.Equal("1 inspection, 1 report, 9 items", counts["Rape and sexual offences"]);
    }

    [Fact]
    public void The_child_protection_topic_brings_together_its_inspections_and_the_solihull_report()
    {
        var page = site.Open("/topics/child-protection/");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/inspections/arthur-labinjo-hughes-jtai/", links);
        Assert.Contains("/inspections/online-child-sexual-abuse-thematic/", links);
        Assert.Contains("/reports/solihull-jtai/", links);
    }

    [Fact]
    public void The_topics_page_links_every_topic_once_and_each_page_links_back_to_its_topics()
    {
        var topics = site.Open("/topics/").QuerySelectorAll(".topic-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(topics.Distinct(), topics);
        Assert.Contains("/topics/stop-and-search/", topics);
        Assert.All(topics, topic => Assert.True(site.Exists(topic), topic));

        Assert.Contains(site.Open("/recommendations/8539/").QuerySelectorAll(".govuk-summary-list a"), a => a.GetAttribute("href") == "/topics/stop-and-search/");
        Assert.Contains(site.Open("/inspections/section-60-super-complaint/").QuerySelectorAll(".govuk-summary-list a"), a => a.GetAttribute("href") == "/topics/stop-and-search/");
        Assert.Contains(site.Open("/reports/solihull-jtai/").QuerySelectorAll(".govuk-summary-list a"), a => a.GetAttribute("href") == "/topics/child-protection/");
    }

    [Fact]
    public void A_topic_written_two_ways_is_one_topic_shown_as_first_written()
    {
        using var folder = TempFolder.WithRealInput();
        InputEdits.Replace(Path.Combine(folder["input"], "recommendations.csv"), "Within three months,,,Older people", "Within three months,,,older  PEOPLE");
        SiteBuilder.Build(folder["input"], folder["output"]);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(BuiltSite.FileOf(folder["output"], "/topics/older-people/")));
        Assert.Equal("Older people", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#items ~ * a[href^='/recommendations/']").Length);
        Assert.Single(Directory.GetDirectories(Path.Combine(folder["output"], "topics"), "older*"));
    }

    [Theory]
    [InlineData("Rape and sexual offences", "rape-and-sexual-offences")]
    [InlineData("Stop & Search", "stop-search")]
    [InlineData("  Diversity and inclusion  ", "diversity-and-inclusion")]
    [InlineData("Café 24/7", "cafe-24-7")]
    [InlineData("Ymgysylltu â’r gymuned", "ymgysylltu-a-r-gymuned")]
    [InlineData("Plismona ŵyl y Gŵyr", "plismona-wyl-y-gwyr")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("PEEL", "peel")]
    [InlineData("--", null)]
    [InlineData("警察", "jingcha")]
    public void A_topic_name_becomes_a_safe_address_or_none(string name, string? slug)
    {
        Assert.Equal(slug, Ids.Slug(name));
        if (slug is not null) Assert.True(Ids.IsValid(slug));
    }
}
