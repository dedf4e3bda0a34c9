using AngleSharp.Dom;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;
using InspectionSite.Theme;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Tests;

/// <summary>A synthetic input of 250 recommendations, built once, whose list of items takes three pages.</summary>
public sealed class PagedSite : IDisposable
{
    public const string BaseUrl = "https://example.org";
    private readonly TempFolder _folder = new();

    public PagedSite()
    {
        SyntheticInput.Write(SyntheticScale.ForRecommendations(250), _folder["input"]);
        Output = _folder["output"];
        Site = LinkedSite.From(_folder["input"]);
        SiteBuilder.Build(_folder["input"], Output, baseUrl: BaseUrl);
    }

    public string Output { get; }

    public SiteModel Site { get; }

    public IDocument Open(string path) => BuiltSite.Open(Output, path);

    public void Dispose() => _folder.Dispose();
}

/// <summary>Long lists are shown a hundred rows a page, with numbered links that need no script; short lists stay one page.</summary>
[Trait("Speed", "Slow")]
public sealed class ListPagingTests(PagedSite paged) : IClassFixture<PagedSite>
{
    [Fact]
    public void Two_hundred_and_fifty_items_make_three_pages_of_the_list_and_no_more()
    {
        Assert.InRange(paged.Site.NamedItems.Count(), 201, 300);
        Assert.True(File.Exists(BuiltSite.FileOf(paged.Output, "/recommendations/")));
        Assert.True(File.Exists(BuiltSite.FileOf(paged.Output, "/recommendations/page/2/")));
        Assert.True(File.Exists(BuiltSite.FileOf(paged.Output, "/recommendations/page/3/")));
        Assert.False(Directory.Exists(Path.Combine(paged.Output, "recommendations", "page", "1")), "page 1 is the list's own address");
        Assert.False(Directory.Exists(Path.Combine(paged.Output, "recommendations", "page", "4")));
    }

    [Theory]
    [InlineData(1, "/recommendations/")]
    [InlineData(2, "/recommendations/page/2/")]
    [InlineData(3, "/recommendations/page/3/")]
    public void Each_page_lists_its_hundred_items_in_order_and_says_which(int number, string path)
    {
        var items = paged.Site.NamedItems.ToList();
        var expected = items.Skip((number - 1) * 100).Take(100).Select(i => Routes.Recommendation(i.Id)).ToList();
        var page = paged.Open(path);

        var rows = page.QuerySelectorAll("main table tbody tr th a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(expected, rows);
        var first = (number - 1) * 100 + 1;
        Assert.StartsWith($"Showing {first} to {first + expected.Count - 1} of {items.Count} items, by reference number.",
            Normalise(page.QuerySelector("[data-row-range]")!.TextContent), StringComparison.Ordinal);
        Assert.Equal($"Recommendations (page {number} of 3) – {paged.Site.Info.Title}", page.Title);
        Assert.Equal(PagedSite.BaseUrl + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_numbered_links_lead_to_every_page_with_the_current_one_marked()
    {
        var nav = paged.Open("/recommendations/page/2/").QuerySelector("nav.govuk-pagination")!;
        Assert.Equal("Pages of items", nav.GetAttribute("aria-label"));
        Assert.Equal("/recommendations/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/recommendations/page/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var links = nav.QuerySelectorAll(".govuk-pagination__list a").ToList();
        Assert.Equal(["/recommendations/", "/recommendations/page/2/", "/recommendations/page/3/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Page 1", "Page 2 of 3", "Page 3"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["page"], links.Select(a => a.GetAttribute("aria-current")).OfType<string>());

        var first = paged.Open("/recommendations/").QuerySelector("nav.govuk-pagination")!;
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var last = paged.Open("/recommendations/page/3/").QuerySelector("nav.govuk-pagination")!;
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void A_later_page_of_a_topic_lists_only_more_of_its_items_and_is_left_out_of_search()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(1000), folder["input"]);
        var site = LinkedSite.From(folder["input"]);
        var topic = site.Topics.MaxBy(t => site.RecommendationsAbout(t).Count)!;
        Assert.True(site.RecommendationsAbout(topic).Count > 100, "the synthetic input has a topic of more than 100 items");

        var pages = SitePages.Of(site, new ThemeAssets(typeof(PageContext).Assembly, ReadInput.ReadPackaged(), site.Info).Paths, [], new Dictionary<string, MarkupString>())
            .Where(p => p.Path == Routes.Topic(topic.Slug) || p.Path == Routes.ListPage(Routes.Topic(topic.Slug), 2)).ToList();
        var (first, second) = (Parse(pages[0]), Parse(pages[1]));

        Assert.Equal(site.RecommendationsAbout(topic).Skip(100).Take(100).Select(i => Routes.Recommendation(i.Id)),
            second.QuerySelectorAll("table tbody tr th a").Select(a => a.GetAttribute("href")));
        Assert.Null(second.QuerySelector("#reports"));
        Assert.Null(second.QuerySelector("[data-pagefind-body]"));
        Assert.NotNull(first.QuerySelector("#reports"));
        Assert.NotNull(first.QuerySelector("[data-pagefind-body]"));
    }

    private static IDocument Parse(PageSpec page) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(PageRenderer.RenderAll([page])[0].Content));

    [Theory]
    [InlineData(87, 5, new[] { 1, 0, 4, 5, 6, 0, 87 })]
    [InlineData(87, 1, new[] { 1, 2, 0, 87 })]
    [InlineData(87, 3, new[] { 1, 2, 3, 4, 0, 87 })]
    [InlineData(87, 87, new[] { 1, 0, 86, 87 })]
    [InlineData(3, 2, new[] { 1, 2, 3 })]
    public void The_pagination_shows_the_first_and_last_pages_and_the_neighbours_of_this_one(int pages, int number, int[] expected) =>
        Assert.Equal(expected, new ListPage("/recommendations/", number, pages * 100).Links().Select(n => n ?? 0));

    [Fact]
    public void The_real_inputs_lists_stay_one_page_each()
    {
        var site = LinkedSite.From(Repository.Input);
        var pages = SitePages.Of(site, new Dictionary<string, string>(), [], new Dictionary<string, MarkupString>());
        var lists = pages.Where(p => p.Parameters.ContainsKey(ListPage.Parameter)).ToList();

        Assert.Contains(lists, p => p.Path == Routes.Recommendations);
        Assert.All(lists, p => Assert.Equal(1, ((ListPage)p.Parameters[ListPage.Parameter]!).Count));
        Assert.DoesNotContain(pages, p => p.Path.Contains("/page/", StringComparison.Ordinal));
    }

    [Fact]
    public void No_page_of_a_long_list_is_written_outside_the_output_folder()
    {
        var pages = SitePages.Of(paged.Site, new Dictionary<string, string>(), [], new Dictionary<string, MarkupString>());
        var root = Path.GetFullPath(paged.Output) + Path.DirectorySeparatorChar;

        Assert.Contains(pages, p => p.Path.Contains("/page/", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.StartsWith(root, Path.GetFullPath(Path.Combine(paged.Output, Routes.OutputFile(p.Path))), StringComparison.Ordinal));
        var written = Directory.EnumerateFiles(paged.Output, "index.html", SearchOption.AllDirectories).Count();
        Assert.True(written >= pages.Count - 1, "every page was written inside the folder");
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
