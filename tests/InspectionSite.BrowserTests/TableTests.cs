using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>The lists of recommendations, inspections and reports: plain tables, which with JavaScript sort and filter and keep that in the address.</summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class TableTests(BrowserSite fixture)
{
    [Fact]
    public async Task A_link_to_open_causes_of_concern_shows_exactly_those()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/?kind=cause-of-concern&status=open");

        Assert.Equal(["/recommendations/9472/", "/recommendations/9962/", "/recommendations/10618/"], await VisibleRowsAsync(tab));
        Assert.Equal("Showing 3 of 13 items.", await tab.Page.GetByRole(AriaRole.Status).TextContentAsync());
        Assert.Equal("cause-of-concern", await tab.Page.GetByLabel("Kind", new() { Exact = true }).InputValueAsync());
        Assert.Equal("open", await tab.Page.GetByLabel("Status", new() { Exact = true }).InputValueAsync());
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task A_filtered_and_sorted_table_pasted_into_a_new_tab_shows_the_same_rows_in_the_same_order()
    {
        await using var first = await ReaderTab.OpenAsync(fixture, "/recommendations/");
        await first.Page.GetByLabel("Owner or portfolio").SelectOptionAsync(new SelectOptionValue { Label = "Crime portfolio (ACC Bell)" });
        await first.Page.GetByLabel("Overdue", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Not known" });
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Item", Exact = true }).ClickAsync();
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Item", Exact = true }).ClickAsync();
        var rows = await VisibleRowsAsync(first);
        Assert.Equal(["/recommendations/rape-survivors-phase-2-3/", "/recommendations/rape-survivors-phase-2-2/", "/recommendations/rape-survivors-phase-2-1/"], rows);
        Assert.Equal("Crime portfolio (ACC Bell)", first.Query("owner"));
        Assert.Equal("not-known", first.Query("overdue"));
        Assert.Equal("item", first.Query("sort"));
        Assert.Equal("desc", first.Query("order"));

        await using var second = await ReaderTab.OpenAsync(fixture, first.PathAndQuery);
        Assert.Equal(rows, await VisibleRowsAsync(second));
        Assert.Equal("not-known", await second.Page.GetByLabel("Overdue", new() { Exact = true }).InputValueAsync());
        Assert.Equal("descending", await second.Page.Locator("th", new() { Has = second.Page.GetByRole(AriaRole.Button, new() { Name = "Item", Exact = true }) }).GetAttributeAsync("aria-sort"));
        Assert.Equal("Showing 3 of 13 items, sorted by Item (descending).", await second.Page.GetByRole(AriaRole.Status).TextContentAsync());
        Assert.Empty(first.Problems.Concat(second.Problems));
    }

    [Fact]
    public async Task Sorting_by_due_date_puts_the_earliest_first_and_items_without_one_last_both_ways()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/");
        var due = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Due", Exact = true });
        await due.ClickAsync();
        var ascending = await DueDatesAsync(tab);
        await due.ClickAsync();
        var descending = await DueDatesAsync(tab);

        var known = ascending.Where(d => d.Length > 0).ToList();
        Assert.True(known.Count >= 2, "the real input has items with due dates");
        Assert.Equal(known.Order(StringComparer.Ordinal), known);
        Assert.Equal(known.OrderDescending(StringComparer.Ordinal), descending.Where(d => d.Length > 0));
        Assert.All(new[] { ascending, descending }, order => Assert.Equal(order.Count(d => d.Length == 0), order.SkipWhile(d => d.Length > 0).Count()));
        Assert.Equal("due", tab.Query("sort"));
        Assert.Equal("desc", tab.Query("order"));
    }

    [Fact]
    public async Task Clearing_the_filters_shows_every_row_in_its_natural_order_and_cleans_the_address()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/?kind=recommendation&sort=due&order=desc");
        Assert.NotEqual(13, (await VisibleRowsAsync(tab)).Count);

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Show all items" }).ClickAsync();

        Assert.Equal(fixture.Build.Content.Recommendations.Count(r => r.Count is null), (await VisibleRowsAsync(tab)).Count); // items a paper only counts are on their reports' pages
        Assert.Equal("/recommendations/", tab.PathAndQuery);
        Assert.Equal("Showing 13 of 13 items.", await tab.Page.GetByRole(AriaRole.Status).TextContentAsync());
    }

    [Theory]
    [InlineData("/inspections/?kind=super-complaint", new[] { "/inspections/cwj-ppda-super-complaint/", "/inspections/section-60-super-complaint/", "/inspections/invisible-survivors-super-complaint/" })]
    [InlineData("/inspections/?topic=child-protection&in-force=yes", new[] { "/inspections/arthur-labinjo-hughes-jtai/", "/inspections/online-child-sexual-abuse-thematic/" })]
    [InlineData("/reports/?year=2022&sort=published", new[] { "/reports/solihull-jtai/", "/reports/rape-survivors-phase-2/", "/reports/ppda-super-complaint/", "/reports/finding-time-for-crime/" })]
    [InlineData("/reports/?topic=domestic-abuse", new[] { "/reports/ppda-super-complaint/" })]
    public async Task The_inspections_and_reports_lists_are_linkable_too(string address, string[] expected)
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, address);
        var rows = await VisibleRowsAsync(tab);
        if (address.Contains("sort=")) Assert.Equal(expected, rows);
        else Assert.Equal(expected.Order(), rows.Order());
        Assert.Empty(tab.Problems);
    }

    [Theory]
    [InlineData("/recommendations/", 13)]
    [InlineData("/inspections/", 12)]
    [InlineData("/reports/", 4)]
    public void Without_javascript_each_list_is_a_complete_plain_table_with_no_controls_showing(string path, int rows)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.Site.Folder, path.Trim('/'), "index.html")));
        Assert.Equal(rows, page.QuerySelectorAll("main tbody tr:not([hidden])").Length);
        Assert.True(page.QuerySelector("form[data-table-filters]")!.HasAttribute("hidden"));
        Assert.Empty(page.QuerySelectorAll("thead button"));
    }

    [Fact]
    public async Task Sort_buttons_and_filters_are_labelled_for_assistive_technology()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/");
        foreach (var header in new[] { "Item", "Kind", "Report", "Owner", "Status", "RAG", "Due" })
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Columnheader, new() { Name = header, Exact = true }).GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        foreach (var label in new[] { "Kind", "Status", "RAG rating", "Owner or portfolio", "Topic", "Overdue" })
            await Assertions.Expect(tab.Page.GetByLabel(label, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Showing 13 of 13 items.");
    }

    private static async Task<IReadOnlyList<string>> VisibleRowsAsync(ReaderTab tab) =>
        await tab.Page.Locator("main tbody tr:not([hidden]) th[scope=row] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    private static async Task<IReadOnlyList<string>> DueDatesAsync(ReaderTab tab) =>
        await tab.Page.Locator("main tbody tr:not([hidden]) td:last-child").EvaluateAllAsync<string[]>("cells => cells.map(c => c.querySelector('time')?.getAttribute('datetime') ?? '')");
}
