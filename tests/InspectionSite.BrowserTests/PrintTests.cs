using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>A meeting page printed as a committee pack: no navigation, every link with its full address, a page per section.</summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserSite fixture)
{
    [Fact]
    public async Task Printed_the_meeting_page_drops_the_navigation_and_follows_every_link_with_its_address()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/meetings/2022-09-29/");
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var chrome in new[] { ".govuk-header", ".govuk-service-navigation", ".govuk-breadcrumbs", ".govuk-footer", ".govuk-skip-link" })
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
        await using var tab = await ReaderTab.OpenAsync(fixture, "/meetings/2022-09-29/");
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var breaks = await tab.Page.Locator("main > section").EvaluateAllAsync<string[]>("sections => sections.map(s => getComputedStyle(s).breakBefore)");
        Assert.Equal(["auto", "page", "page"], breaks);
        var pdf = await tab.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(PageCount(pdf) >= 3, "each of the three sections begins a page");
    }

    /// <summary>Counts the pages of a PDF by its page objects, enough to tell one page from several.</summary>
    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
}
