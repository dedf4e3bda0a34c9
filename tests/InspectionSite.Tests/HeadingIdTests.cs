using AngleSharp.Html.Parser;
using InspectionSite.Theme;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>Ids from Markdown headings never repeat the ids the theme gives its pages.</summary>
public sealed class HeadingIdTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_id_the_theme_writes_is_one_headings_keep_clear_of()
    {
        var parser = new HtmlParser();
        var themeIds = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]"))
            .Where(element => element.Closest(".prose") is null)
            .Select(element => element.Id!)
            .ToHashSet();

        Assert.Contains("changes", themeIds);
        Assert.All(themeIds, id => Assert.True(PageIds.IsTheme(id), $"The theme writes id '{id}', which PageIds does not list."));
    }

    [Fact]
    public void A_heading_named_like_a_theme_section_gets_an_id_of_its_own_and_the_section_keeps_its_links()
    {
        using var folder = TempFolder.WithRealInput();
        InputEdits.AppendLine(folder["input/meetings/2022-09-29.md"], "\n## Changes\n\nText under the heading.\n\n## Changes\n");
        SiteBuilder.Build(folder["input"], folder["output"]);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder["output"], "meetings", "2022-09-29", "index.html")));
        var ids = page.QuerySelectorAll("[id]").Select(element => element.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("What changed since the previous meeting", page.GetElementById("changes")!.TextContent);
        Assert.Equal(["heading-changes", "changes-1"], page.QuerySelectorAll(".prose h2").Where(h => h.TextContent == "Changes").Select(h => h.Id));
    }
}
