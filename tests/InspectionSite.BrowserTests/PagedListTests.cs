using System.Text.RegularExpressions;
using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;
using InspectionSite.Content.Model;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>
/// A list of more than a hundred rows, from the synthetic input of 200 recommendations: its pages pass every gate,
/// the numbered links work without JavaScript, and its filters find rows on every page through the search index.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class PagedListTests(SyntheticBrowserSite fixture) : IClassFixture<SyntheticBrowserSite>
{
    private static readonly string[] Pages = ["/recommendations/", "/recommendations/page/2/"];

    private int Items => fixture.Build.Content.Recommendations.Count(r => r.Count is null);

    [Fact]
    public async Task Without_javascript_the_numbered_links_lead_from_page_to_page()
    {
        Assert.InRange(Items, 101, 200);
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/", javaScript: false);
        Assert.Equal(100, await tab.Page.Locator("main tbody tr").CountAsync());
        Assert.StartsWith($"Showing 1 to 100 of {Items} items", await RowRangeAsync(tab));

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await tab.Page.WaitForURLAsync(fixture.Site.Url("/recommendations/page/2/"));
        Assert.Equal(Items - 100, await tab.Page.Locator("main tbody tr").CountAsync());
        Assert.StartsWith($"Showing 101 to {Items} of {Items} items", await RowRangeAsync(tab));
        Assert.Equal("page", await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Page 2 of 2" }).GetAttributeAsync("aria-current"));

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Page 1", Exact = true }).ClickAsync();
        await tab.Page.WaitForURLAsync(fixture.Site.Url("/recommendations/"));
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task The_filters_of_a_page_find_the_rows_of_every_page_and_keep_them_in_the_address()
    {
        var expected = fixture.Build.Content.Recommendations.Count(r => r.Count is null && r.Kind == ItemKind.CauseOfConcern);
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/page/2/");
        await tab.Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Cause of concern" });
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Find items" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{expected} results, showing only Content type: Cause of concern.");
        Assert.Equal("/search/", new Uri(tab.Page.Url).AbsolutePath);
        Assert.Equal("Cause of concern", tab.Query("type"));
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task Printed_a_page_of_the_list_keeps_which_rows_it_shows_and_drops_the_links_to_other_pages()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/page/2/");
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(tab.Page.Locator(".govuk-pagination")).ToBeHiddenAsync();
        await Assertions.Expect(tab.Page.Locator(".table-filters")).ToBeHiddenAsync();
        await Assertions.Expect(tab.Page.Locator("[data-row-range]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Both_pages_pass_axe_the_keyboard_reflow_no_script_and_console_gates()
    {
        Assert.All(Pages, page => Assert.Contains(page, fixture.Site.Pages));
        var findings = new List<Finding>();
        foreach (var check in new IPageCheck[] { new AxeCheck(), new KeyboardCheck(), new ReflowCheck(), new NoScriptCheck(), new ConsoleCheck() })
            findings.AddRange(await check.CheckAsync(fixture.Browser, fixture.Site, Pages));
        Findings.AssertNone(findings, "Gates on a paged list");
    }

    [Fact]
    public async Task Both_pages_pass_the_Nu_Html_Checker()
    {
        var folder = Path.Combine(Path.GetTempPath(), "paged-list-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var page in Pages)
            {
                var target = Path.Combine(folder, page.Trim('/').Replace('/', '-') + ".html");
                Directory.CreateDirectory(folder);
                File.Copy(Path.Combine(fixture.Site.Folder, page.Trim('/'), "index.html"), target);
            }
            Findings.AssertNone(await NuHtmlChecker.CheckAsync(folder), "Nu Html Checker");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> RowRangeAsync(ReaderTab tab) =>
        Spaces().Replace(await tab.Page.Locator("[data-row-range]").TextContentAsync() ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
