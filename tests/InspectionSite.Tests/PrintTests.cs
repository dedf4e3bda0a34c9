using AngleSharp.Html.Parser;
using InspectionSite.Tests.Support;
using Microsoft.Playwright;

namespace InspectionSite.Tests;

/// <summary>A meeting page printed as a committee pack: no navigation, every link with its full address, a page per section.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserSite site)
{
    [Fact]
    public async Task Printed_the_meeting_page_drops_the_navigation_and_follows_every_link_with_its_address()
    {
        await using var tab = await site.OpenAsync("/meetings/2022-09-29/");
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var chrome in new[] { ".site-header", ".site-nav", ".breadcrumbs", ".site-footer", ".skip-link" })
            await Assertions.Expect(tab.Page.Locator(chrome)).ToBeHiddenAsync();
        await Assertions.Expect(tab.Page.GetByText("This page: /meetings/2022-09-29/")).ToBeVisibleAsync();

        var links = await tab.Page.Locator("main a[href]").EvaluateAllAsync<string[][]>(
            "links => links.filter(a => a.checkVisibility()).map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])");
        Assert.True(links.Length > 20, "the September paper links many pages");
        Assert.All(links, link => Assert.Contains($"({link[0]})", link[1].Replace("\"", "")));
    }

    [Fact]
    public async Task Printed_the_meeting_page_starts_each_section_on_a_new_page()
    {
        await using var tab = await site.OpenAsync("/meetings/2022-09-29/");
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var breaks = await tab.Page.Locator("main > section").EvaluateAllAsync<string[]>("sections => sections.map(s => getComputedStyle(s).breakBefore)");
        Assert.Equal(["auto", "page", "page"], breaks);
        var pdf = await tab.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(PageCount(pdf) >= 3, "each of the three sections begins a page");
    }

    [Fact]
    public void With_a_public_address_every_link_of_a_meeting_prints_its_absolute_address()
    {
        using var folder = new TempFolder();
        SiteBuilder.Build(Repository.Input, folder["output"], basePath: "/hmicfrs", baseUrl: "https://www.example.org/hmicfrs/");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(BuiltSite.FileOf(folder["output"], "/meetings/2022-09-29/")));

        var internalLinks = page.QuerySelectorAll("main a[href^='/']").Where(a => a.Closest(".breadcrumbs") is null).ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, a => Assert.Equal("https://www.example.org" + a.GetAttribute("href"), a.GetAttribute("data-print-url")));
        Assert.Contains("This page: https://www.example.org/hmicfrs/meetings/2022-09-29/", page.QuerySelector("main .print-only")!.TextContent);
    }

    /// <summary>Counts the pages of a PDF by its page objects, enough to tell one page from several.</summary>
    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
}
