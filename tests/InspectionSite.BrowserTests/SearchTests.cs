using System.Text.RegularExpressions;
using InspectionSite.BrowserTests.Browser;
using InspectionSite.Tests.Support;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>
/// Search as a reader uses it: the built site and its Pagefind index, served on localhost under the
/// strict content security policy, in headless Chromium.
/// </summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed partial class SearchTests(BrowserSite fixture)
{
    [Theory]
    [InlineData("9159", new[] { "/recommendations/9159/" })]
    [InlineData("Solihull", new[] { "/reports/solihull-jtai/", "/inspections/arthur-labinjo-hughes-jtai/" })]
    [InlineData("stop and search", new[] { "/topics/stop-and-search/", "/inspections/section-60-super-complaint/", "/recommendations/8539/" })]
    [InlineData("older people", new[] { "/topics/older-people/", "/recommendations/10618/", "/recommendations/9962/" })]
    public async Task A_query_puts_the_pages_about_it_first(string query, string[] expectedFirst)
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/?q=" + Uri.EscapeDataString(query));
        var results = await ResultsAsync(tab);

        Assert.True(results.Count > expectedFirst.Length, $"'{query}' should also find pages that only mention it; found {string.Join(", ", results)}");
        Assert.Equal(expectedFirst.Order(), results.Take(expectedFirst.Length).Order());
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task A_report_title_finds_the_report_and_not_the_lists_that_only_name_it()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/?q=" + Uri.EscapeDataString("Finding time for crime"));
        var results = await ResultsAsync(tab);

        Assert.True(results.Count < 10, $"every result should be on the first page; found {string.Join(", ", results)}");
        Assert.Contains("/reports/finding-time-for-crime/", results);
        // The topic page of acquisitive crime lists the report and says nothing else of it.
        Assert.DoesNotContain("/topics/acquisitive-crime/", results);
        Assert.Empty(tab.Problems);
    }

    /// <summary>Field names, statuses and "not known" stand on every item's page and tell one from another by nothing: search leaves them out.</summary>
    [Fact]
    public async Task A_field_name_finds_no_page_and_a_field_value_finds_the_items_that_have_it()
    {
        // Every item, inspection and report page has a field named "Kind"; one paper uses the word.
        await using var label = await ReaderTab.OpenAsync(fixture, "/search/?q=kind");
        Assert.Equal(["/meetings/2022-03-31/"], await ResultsAsync(label));

        await using var value = await ReaderTab.OpenAsync(fixture, "/search/?q=" + Uri.EscapeDataString("within three months"));
        Assert.Contains("/recommendations/9159/", await ResultsAsync(value));
        Assert.Empty(label.Problems);
        Assert.Empty(value.Problems);
    }

    [Fact]
    public async Task A_reader_types_older_people_in_the_header_and_reaches_recommendation_10618_in_two_clicks()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/");
        await tab.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the site" }).FillAsync("older people");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await ResultsAsync(tab);
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Cause of concern 10618: Crimes against older people" }).ClickAsync();

        Assert.Equal("/recommendations/10618/", tab.PathAndQuery);
        Assert.Contains("Victim Needs Assessments", await tab.Page.Locator("main").TextContentAsync());
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task The_index_holds_every_report_inspection_recommendation_meeting_and_topic_page_and_no_list()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/");
        var indexed = (await tab.Page.EvaluateAsync<string[]>("""
            async () => {
                const pagefind = await import("/pagefind/pagefind.js");
                const everything = await pagefind.search(null);
                return Promise.all(everything.results.map(async result => (await result.data()).url));
            }
            """)).ToHashSet();

        var content = fixture.Build.Content;
        var expected = content.Reports.Select(r => $"/reports/{r.Id}/")
            .Concat(content.Inspections.Select(i => $"/inspections/{i.Id}/"))
            .Concat(content.Recommendations.Select(r => $"/recommendations/{r.Id}/"))
            .Concat(content.Meetings.Select(m => $"/meetings/{m.Id}/"))
            .Concat(content.Pages.Select(p => $"/{p.Id}/"))
            .Concat(["/topics/older-people/", "/topics/stop-and-search/", "/topics/child-protection/"]);
        Assert.All(expected, path => Assert.Contains(path, indexed));
        Assert.All(new[] { "/", "/reports/", "/inspections/", "/recommendations/", "/meetings/", "/topics/", "/search/" },
            list => Assert.DoesNotContain(list, indexed));
        Assert.Equal(fixture.Build.SearchPageCount, indexed.Count);
    }

    [Theory]
    [InlineData("older people", "type", "Cause of concern", new[] { "/recommendations/10618/", "/recommendations/9962/" })]
    [InlineData("", "type", "Report", new[] { "/reports/solihull-jtai/", "/reports/rape-survivors-phase-2/", "/reports/ppda-super-complaint/", "/reports/finding-time-for-crime/" })]
    [InlineData("", "kind", "Joint targeted area inspection", new[] { "/reports/solihull-jtai/", "/inspections/arthur-labinjo-hughes-jtai/" })]
    [InlineData("", "status", "Signed off by HMICFRS (inferred)", new[] { "/recommendations/9159/", "/recommendations/8539/" })]
    [InlineData("", "status", "Not reported at the last 2 meetings", new[] { "/recommendations/rape-survivors-phase-2-1/", "/recommendations/rape-survivors-phase-2-2/", "/recommendations/rape-survivors-phase-2-3/" })]
    [InlineData("", "overdue", "Overdue", new[] { "/recommendations/finding-time-for-crime-1/", "/recommendations/finding-time-for-crime-2/" })]
    [InlineData("", "owner", "Crime portfolio (ACC Bell)", new[] { "/recommendations/rape-survivors-phase-2-1/", "/recommendations/rape-survivors-phase-2-2/", "/recommendations/rape-survivors-phase-2-3/" })]
    [InlineData("", "topic", "Stalking and harassment", new[] { "/topics/stalking-and-harassment/", "/recommendations/9472/" })]
    [InlineData("stop and search", "year", "2022", new[] { "/inspections/section-60-super-complaint/", "/meetings/2022-06-30/", "/meetings/2022-03-31/" })]
    public async Task Each_filter_keeps_exactly_the_pages_it_names(string query, string filter, string value, string[] expected)
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/?q=" + Uri.EscapeDataString(query));
        var unfiltered = query.Length == 0 ? [] : await ResultsAsync(tab, query);

        await tab.Page.GetByLabel(FilterLabels[filter], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = value });
        var filtered = await ResultsAsync(tab, $"showing only {FilterLabels[filter]}: {value}");

        Assert.Equal(expected.Order(), filtered.Order());
        if (query.Length > 0) Assert.Subset(unfiltered.ToHashSet(), filtered.ToHashSet());
        Assert.Equal(value, tab.Query(filter));
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task Every_value_of_every_filter_narrows_the_whole_index()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/");
        var counts = await tab.Page.EvaluateAsync<Dictionary<string, Dictionary<string, int>>>("""
            async () => {
                const pagefind = await import("/pagefind/pagefind.js");
                return await pagefind.filters();
            }
            """);
        foreach (var (filter, label) in FilterLabels)
        {
            var offered = await tab.Page.GetByLabel(label, new() { Exact = true }).Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
            Assert.NotEmpty(offered);
            Assert.All(offered, value =>
            {
                Assert.True(counts[filter].TryGetValue(value, out var count) && count > 0, $"{label} offers '{value}', which no page carries");
                Assert.True(count < fixture.Build.SearchPageCount, $"{label} '{value}' keeps every page");
            });
            Assert.Equal(counts[filter].Keys.Order(), offered.Order());
        }
    }

    [Fact]
    public async Task The_query_and_filters_live_in_the_address_both_ways()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/?q=older+people&type=Cause+of+concern");
        Assert.Equal(new[] { "/recommendations/10618/", "/recommendations/9962/" }.Order(), (await ResultsAsync(tab)).Order());
        Assert.Equal("older people", await tab.Page.GetByLabel("Words to find").InputValueAsync());
        Assert.Equal("Cause of concern", await tab.Page.GetByLabel("Content type", new() { Exact = true }).InputValueAsync());
        Assert.Equal("2 results for “older people”, showing only Content type: Cause of concern.", await tab.Page.GetByRole(AriaRole.Status).TextContentAsync());

        await tab.Page.GetByLabel("Content type", new() { Exact = true }).SelectOptionAsync("");
        await tab.Page.GetByLabel("Words to find").FillAsync("stalking");
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new Regex(@"/search/\?q=stalking$"));
        Assert.Contains("/recommendations/9472/", await ResultsAsync(tab, "for “stalking”."));
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task Without_javascript_the_search_page_offers_the_lists_and_topics_instead()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/", javaScript: false);
        await tab.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the site" }).FillAsync("older people");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        Assert.Equal("/search/?q=older+people", tab.PathAndQuery);
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Browse instead" })).ToBeVisibleAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Older people", Exact = true }).ClickAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Cause of concern 10618: Crimes against older people" }).ClickAsync();
        Assert.Equal("/recommendations/10618/", tab.PathAndQuery);
    }

    [Fact]
    public async Task If_the_browser_blocks_webassembly_the_search_page_says_so_and_offers_the_lists_again()
    {
        var policy = SiteHeaders.Netlify.HeadersFor("/search/")[SiteHeaders.PolicyHeader];
        Assert.Contains(" 'wasm-unsafe-eval'", policy);
        var withoutWasm = policy.Replace(" 'wasm-unsafe-eval'", "");
        await using var tab = await ReaderTab.OpenAsync(fixture, "/search/?q=older+people", configure: context => context.RouteAsync("**/*", async route =>
        {
            var response = await route.FetchAsync();
            var headers = response.Headers.ToDictionary(h => h.Key, h => h.Value);
            headers[SiteHeaders.PolicyHeader.ToLowerInvariant()] = withoutWasm;
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        }));

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Search could not be loaded. The lists below reach every page.");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Browse instead" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator("[data-search-results] li")).ToHaveCountAsync(0);
    }

    private static readonly Dictionary<string, string> FilterLabels = new()
    {
        ["type"] = "Content type",
        ["kind"] = "Inspection kind",
        ["status"] = "Status",
        ["overdue"] = "Overdue",
        ["year"] = "Year",
        ["owner"] = "Owner or portfolio",
        ["topic"] = "Topic",
    };

    /// <summary>The result links in order, once the page says it has found them for <paramref name="expectedStatus"/> (the query and filters in its words).</summary>
    internal static async Task<IReadOnlyList<string>> ResultsAsync(ReaderTab tab, string expectedStatus = "")
    {
        var status = tab.Page.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToContainTextAsync(new Regex(@"^\d+ results?\b.*" + Regex.Escape(expectedStatus)));
        var count = int.Parse(ResultCount().Match(await status.TextContentAsync() ?? "").Groups[1].Value);
        var hrefs = await tab.Page.Locator("[data-search-results] li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(Math.Min(count, 10), hrefs.Length);
        return hrefs;
    }

    [GeneratedRegex(@"^(\d+) results?\b")]
    private static partial Regex ResultCount();
}
