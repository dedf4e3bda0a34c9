using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>Search and linkable tables when the site lives in a sub-folder (--base-path /hmicfrs).</summary>
[Trait("Speed", "Slow"), Collection(SubFolderBrowserCollection.Name)]
public sealed class SubFolderTests(SubFolderBrowserSite fixture)
{
    [Fact]
    public async Task Search_finds_pages_and_links_them_inside_the_sub_folder()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/hmicfrs/");
        await tab.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the site" }).FillAsync("older people");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("results for “older people”");

        var links = await tab.Page.Locator("[data-search-results] li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/hmicfrs/recommendations/10618/", links);
        Assert.All(links, link => Assert.StartsWith("/hmicfrs/", link));
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Cause of concern 10618: Crimes against older people" }).ClickAsync();
        Assert.Equal("/hmicfrs/recommendations/10618/", tab.PathAndQuery);
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task A_filtered_table_link_works_inside_the_sub_folder()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/hmicfrs/recommendations/?kind=cause-of-concern&status=signed-off-by-hmicfrs-inferred");
        var rows = await tab.Page.Locator("main tbody tr:not([hidden]) th[scope=row] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/hmicfrs/recommendations/8539/", "/hmicfrs/recommendations/9159/"], rows);
        Assert.Empty(tab.Problems);
    }
}
