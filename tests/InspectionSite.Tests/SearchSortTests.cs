using AngleSharp.Html.Parser;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;
using InspectionSite.Theme.Search;

namespace InspectionSite.Tests;

/// <summary>
/// The sort keys listed pages give the search index (data-pagefind-sort), by which the search page sorts a list across
/// all its pages: strings that sort as the lists do, and no key at all for a value that is not known.
/// </summary>
public sealed class SearchSortTests
{
    [Fact]
    public void An_item_whose_due_date_owner_report_and_rating_are_not_known_has_no_key_for_them_and_none_made_up()
    {
        using var folder = new TempFolder();
        var site = new BuildPipeline(new BuildOptions(Repository.Input, folder["output"], null, null, SiteBuilder.AsOf)).Produce();

        Assert.Equal(new Dictionary<string, string>
        {
            ["item"] = "a0000000000000010618",
            ["item-kind"] = "cause of concern",
            ["status"] = "000000",
        }, SortKeys(site, Routes.Recommendation("10618")));

        var named = SortKeys(site, Routes.Recommendation("rape-survivors-phase-2-1"));
        Assert.Equal("brape-survivors-phase-2-1", named["item"]);
        Assert.Equal("crime portfolio (acc bell)", named["owner"]);
        Assert.Equal("000005", named["status"]); // not reported at the last meetings: after every status
        Assert.DoesNotContain("due", named.Keys);

        Assert.Equal(new Dictionary<string, string>
        {
            ["report"] = "the police response to burglary, robbery and other acquisitive crime – finding time for crime",
            ["report-kind"] = "spotlight report",
            ["published"] = "2022-08-11",
            ["report-in-force"] = "no",
            ["items"] = "000002",
        }, SortKeys(site, Routes.Report("finding-time-for-crime")));
        Assert.Equal("2022-04-18", SortKeys(site, Routes.Inspection("section-60-super-complaint"))["fieldwork"]);
    }

    [Fact]
    public void Item_keys_sort_as_strings_in_the_lists_order_a_due_date_is_its_iso_date_and_unlisted_items_have_none()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(200), folder["input"]);
        var site = new BuildPipeline(new BuildOptions(folder["input"], folder["output"], null, null, SiteBuilder.AsOf)).Produce();

        var keys = site.Site.NamedItems.Select(item => SortKeys(site, Routes.Recommendation(item.Id))).ToList();
        Assert.Equal(keys.Select(k => k["item"]).Order(StringComparer.Ordinal), keys.Select(k => k["item"]));
        Assert.Equal(["9962", "10618", "a-1", "b"], new[] { "b", "10618", "a-1", "9962" }.OrderBy(SearchSorts.IdKey, StringComparer.Ordinal));

        var dated = site.Site.NamedItems.Where(item => site.Site.StateOf(item).DueDate is not null).ToList();
        var undated = site.Site.NamedItems.Where(item => site.Site.StateOf(item).DueDate is null).ToList();
        Assert.NotEmpty(dated);
        Assert.NotEmpty(undated);
        Assert.All(dated, item => Assert.Equal(UkDate.Iso(site.Site.StateOf(item).DueDate!.Value.Start), SortKeys(site, Routes.Recommendation(item.Id))["due"]));
        Assert.All(undated, item => Assert.DoesNotContain("due", SortKeys(site, Routes.Recommendation(item.Id)).Keys));

        // Items a paper counts but does not word are no rows of the list, and so in no list sorted through search.
        var counted = site.Site.Recommendations.Where(item => item.Count is not null).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, item => Assert.Empty(SortKeys(site, Routes.Recommendation(item.Id))));
    }

    [Fact]
    public void The_search_page_offers_every_key_pages_carry_and_no_two_lists_share_a_key()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new BuildPipeline(new BuildOptions(folder["input"], folder["output"], null, null, SiteBuilder.AsOf)).Produce();

        var offered = SearchSorts.Lists.SelectMany(list => list.Sorts.Select(sort => sort.Key)).ToList();
        Assert.Equal(offered.Distinct(), offered);
        var carried = site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => Parse(f.Content).QuerySelectorAll("[data-pagefind-sort]").Select(e => e.GetAttribute("data-pagefind-sort")!))
            .ToHashSet();
        Assert.Equal(offered.Order(), carried.Order());
        var search = Parse(site.Files.Single(f => f.Path == Routes.OutputFile(Routes.Search)).Content);
        Assert.Equal(offered, search.QuerySelectorAll("select[name=sort] option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0));
    }

    /// <summary>The page's data-pagefind-sort keys and values, as Pagefind reads them.</summary>
    private static Dictionary<string, string> SortKeys(ProducedSite site, string path) =>
        Parse(site.Files.Single(f => f.Path == Routes.OutputFile(path)).Content)
            .QuerySelectorAll("[data-pagefind-sort]").ToDictionary(e => e.GetAttribute("data-pagefind-sort")!, e => e.TextContent);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(byte[] html) => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
}
