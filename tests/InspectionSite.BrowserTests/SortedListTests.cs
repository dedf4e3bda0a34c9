using System.Text.RegularExpressions;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>
/// Sorting a list of more than a hundred rows across all its pages, from the synthetic input of 200 recommendations: a
/// paged list's sort button opens the search page sorted through the index, items with no known due date are still
/// listed (last, and said to be not known), and the sort lives in the address.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class SortedListTests(SyntheticBrowserSite fixture) : IClassFixture<SyntheticBrowserSite>
{
    [Fact]
    public async Task The_due_header_of_a_paged_list_sorts_every_item_both_ways_and_lists_those_with_no_known_due_date_last()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/page/2/");
        var rows = await ListedRowsAsync(tab);
        var firstPage = rows.Take(100).Select(r => r.Href).ToHashSet();
        var undated = rows.Where(r => r.Due.Length == 0).Select(r => r.Href).ToHashSet();
        Assert.InRange(undated.Count, 1, rows.Count - 1);

        await tab.Page.GotoAsync(fixture.Site.Url("/recommendations/page/2/"));
        var due = tab.Page.GetByRole(AriaRole.Columnheader, new() { Name = "Due" });
        Assert.Equal("none", await due.GetAttributeAsync("aria-sort"));
        var button = due.GetByRole(AriaRole.Button, new() { Name = "Due", Exact = true });
        await Assertions.Expect(button).ToHaveAccessibleDescriptionAsync("Sorts all the items on the search page");
        await button.ClickAsync();
        Assert.Equal("/search/?sort=due", tab.PathAndQuery);

        var unknown = $"{undated.Count} items with no known due date are listed last.";
        var ascending = await AllResultsAsync(tab, $"{rows.Count} results. Sorted by due date, earliest first; {unknown}");
        AssertSorted(ascending, rows, undated, descending: false);
        Assert.Contains(ascending.Take(10), r => !firstPage.Contains(r.Href));

        await tab.Page.GetByLabel("Order").SelectOptionAsync(new SelectOptionValue { Label = "Latest first" });
        Assert.Equal("/search/?sort=due&order=desc", tab.PathAndQuery);
        var descending = await AllResultsAsync(tab, $"Sorted by due date, latest first; {unknown}");
        AssertSorted(descending, rows, undated, descending: true);
        Assert.Contains(descending.Take(10), r => !firstPage.Contains(r.Href));
        Assert.NotEqual(ascending.Take(10).Select(r => r.Href), descending.Take(10).Select(r => r.Href));

        await tab.Page.ReloadAsync();
        Assert.Equal(descending.Take(10).Select(r => r.Href), await SearchTests.ResultsAsync(tab, "latest first"));
        Assert.Equal("due", await tab.Page.GetByLabel("Sort by").InputValueAsync());
        Assert.Equal("desc", await tab.Page.GetByLabel("Order").InputValueAsync());

        await tab.Page.Locator("[data-search-results] li h2 a").First.ClickAsync();
        await tab.Page.GoBackAsync();
        Assert.Equal("/search/?sort=due&order=desc", tab.PathAndQuery);
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Sorted by due date, latest first; {unknown}");
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task A_sort_keeps_the_filters_chosen_and_words_typed_and_sorts_what_they_find()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/");
        var rows = await ListedRowsAsync(tab);
        await tab.Page.GotoAsync(fixture.Site.Url("/recommendations/"));
        await tab.Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Recommendation" });
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Due", Exact = true }).ClickAsync();

        Assert.Equal("/search/?type=Recommendation&sort=due", tab.PathAndQuery);
        var recommendations = rows.Where(r => r.Kind == "Recommendation").ToList();
        var undated = recommendations.Where(r => r.Due.Length == 0).Select(r => r.Href).ToHashSet();
        var results = await AllResultsAsync(tab, $"{recommendations.Count} results, showing only Content type: Recommendation. Sorted by due date");
        AssertSorted(results, recommendations, undated, descending: false);

        // With words, the sort puts what they find in its order, in place of the best match first.
        await tab.Page.GetByLabel("Words to find").FillAsync("vetting");
        var found = await SearchTests.ResultsAsync(tab, "for “vetting”, showing only Content type: Recommendation. Sorted by due date");
        Assert.Equal("/search/?q=vetting&type=Recommendation&sort=due", tab.PathAndQuery);
        Assert.All(found, href => Assert.Contains(href, recommendations.Select(r => r.Href)));
        var dates = found.Select(href => recommendations.Single(r => r.Href == href).Due).TakeWhile(d => d.Length > 0).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        await tab.Page.GetByLabel("Sort by").SelectOptionAsync("");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).Not.ToContainTextAsync("Sorted");
        Assert.Equal("/search/?q=vetting&type=Recommendation", tab.PathAndQuery);
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task Without_javascript_a_paged_list_keeps_its_headers_plain_and_its_own_order()
    {
        await using var tab = await ReaderTab.OpenAsync(fixture, "/recommendations/page/2/", javaScript: false);
        Assert.Equal(0, await tab.Page.Locator("main th button").CountAsync());
        Assert.Null(await tab.Page.GetByRole(AriaRole.Columnheader, new() { Name = "Due" }).GetAttributeAsync("aria-sort"));
    }

    private sealed record Row(string Href, string Kind, string Due, string DueText);

    /// <summary>
    /// Every row of the static list, in its own order, with its kind, the ISO due date its Due cell sorts by ("" when
    /// not known), and the cell's words for it ("by March 2023").
    /// </summary>
    private async Task<IReadOnlyList<Row>> ListedRowsAsync(ReaderTab tab)
    {
        var rows = new List<Row>();
        foreach (var path in new[] { "/recommendations/", "/recommendations/page/2/" })
        {
            await tab.Page.GotoAsync(fixture.Site.Url(path));
            var found = await tab.Page.Locator("main tbody tr").EvaluateAllAsync<string[][]>("""
                rows => rows.map(row => [row.querySelector("th a").getAttribute("href"), row.cells[1].textContent.trim(), row.cells[row.cells.length - 1].dataset.sortValue, row.cells[row.cells.length - 1].firstElementChild.textContent.trim()])
                """);
            rows.AddRange(found.Select(r => new Row(r[0], r[1], r[2], r[3])));
        }
        return rows;
    }

    private sealed record Result(string Href, string Facts);

    /// <summary>Every result, once the page says it has found them, showing more until it has shown them all.</summary>
    private static async Task<IReadOnlyList<Result>> AllResultsAsync(ReaderTab tab, string expectedStatus)
    {
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToContainTextAsync(expectedStatus);
        var count = int.Parse(ResultCount().Match(await tab.Page.GetByRole(AriaRole.Status).TextContentAsync() ?? "").Groups[1].Value);
        var results = tab.Page.Locator("[data-search-results] > li");
        for (var shown = 10; shown < count; shown += 10)
        {
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Show more results" }).ClickAsync();
            await Assertions.Expect(results).ToHaveCountAsync(Math.Min(shown + 10, count));
        }
        await Assertions.Expect(results).ToHaveCountAsync(count);
        var found = await results.EvaluateAllAsync<string[][]>("""
            items => items.map(item => [item.querySelector("h2 a").getAttribute("href"), item.querySelector(".result-type")?.textContent ?? ""])
            """);
        return found.Select(r => new Result(r[0], r[1])).ToList();
    }

    /// <summary>
    /// The results are every row: first those with a due date, in its order, each with the date in the list's words;
    /// then every row with no known due date, each said to be so.
    /// </summary>
    private static void AssertSorted(IReadOnlyList<Result> results, IReadOnlyList<Row> rows, IReadOnlySet<string> undated, bool descending)
    {
        Assert.Equal(rows.Select(r => r.Href).Order(), results.Select(r => r.Href).Order());
        var known = results.Take(rows.Count - undated.Count).ToList();
        var dates = known.Select(r => rows.Single(row => row.Href == r.Href).Due).ToList();
        Assert.All(dates, date => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", date));
        Assert.Equal(descending ? dates.OrderDescending(StringComparer.Ordinal) : dates.Order(StringComparer.Ordinal), dates);
        Assert.All(known, r => Assert.EndsWith("Due date: " + rows.Single(row => row.Href == r.Href).DueText, r.Facts));
        var rest = results.Skip(known.Count).ToList();
        Assert.Equal(undated.Order(), rest.Select(r => r.Href).Order());
        Assert.All(rest, r => Assert.EndsWith("Due date not known", r.Facts));
    }

    [GeneratedRegex(@"^(\d+) results?\b")]
    private static partial Regex ResultCount();
}
