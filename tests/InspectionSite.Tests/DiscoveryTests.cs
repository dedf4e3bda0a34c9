using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// How search engines, feed readers and link previews find the site: sitemap.xml, robots.txt, the Atom
/// feed, canonical addresses and Open Graph tags, checked against what their specifications require.
/// </summary>
public sealed class DiscoveryTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private const string Address = PublishedSite.Address;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private XDocument Xml(string file) => XDocument.Load(Path.Combine(site.Output, file));

    /// <summary>The page path an absolute address of the site leads to, or fails if it leads elsewhere.</summary>
    private string PathOf(string address)
    {
        Assert.StartsWith(Address + "/", address);
        var path = address[Address.Length..];
        Assert.True(site.Exists(path), $"{address} leads to no page");
        return path;
    }

    [Fact]
    public void The_feed_is_atom_with_the_elements_rfc_4287_requires()
    {
        var feed = Xml("feed.xml").Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.True(Uri.IsWellFormedUriString(Assert.Single(feed.Elements(Atom + "id")).Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(feed.Elements(Atom + "title")).Value));
        var updated = Timestamp(Assert.Single(feed.Elements(Atom + "updated")).Value);
        Assert.Equal(Address + "/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var feedAuthor = feed.Element(Atom + "author")?.Element(Atom + "name")?.Value;

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var id = Assert.Single(entry.Elements(Atom + "id")).Value;
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(entry.Elements(Atom + "title")).Value));
            Timestamp(Assert.Single(entry.Elements(Atom + "updated")).Value);
            var alternate = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate");
            PathOf(alternate.Attribute("href")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(feedAuthor ?? entry.Element(Atom + "author")?.Element(Atom + "name")?.Value), "every entry needs an author");
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var entryDates = entries.Select(e => Timestamp(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(entryDates.Max(), updated);
        Assert.Equal(entryDates.OrderDescending(), entryDates);
    }

    [Fact]
    public void The_feed_has_an_entry_for_every_report_and_every_meeting()
    {
        var linked = Xml("feed.xml").Root!.Elements(Atom + "entry")
            .Select(e => PathOf(e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value))
            .Order(StringComparer.Ordinal);
        var pages = site.PagePaths().Where(p => IsDetailPage(p, "/reports/") || IsDetailPage(p, "/meetings/")).Order(StringComparer.Ordinal);
        Assert.Equal(pages, linked);

        var september = Xml("feed.xml").Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == Address + "/meetings/2022-09-29/");
        Assert.Equal("Joint Audit Committee, 29 September 2022", september.Element(Atom + "title")!.Value);
        Assert.Equal(new DateTimeOffset(2022, 9, 29, 0, 0, 0, TimeSpan.Zero), Timestamp(september.Element(Atom + "updated")!.Value));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_page_by_its_full_address()
    {
        var root = Xml("sitemap.xml").Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        var locations = root.Elements(Sitemaps + "url").Select(u => Assert.Single(u.Elements(Sitemaps + "loc")).Value).ToList();
        Assert.InRange(locations.Count, 1, 50_000);
        Assert.All(locations, l => Assert.InRange(l.Length, 1, 2047));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Equal(site.PagePaths().Where(p => p != "/404.html"), locations.Select(PathOf).Order(StringComparer.Ordinal));
        Assert.Contains(Address + "/data/", locations);
    }

    [Fact]
    public void Robots_txt_allows_every_page_and_names_the_sitemap()
    {
        var lines = File.ReadAllLines(Path.Combine(site.Output, "robots.txt"));
        Assert.Contains("User-agent: *", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /", StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {Address}/sitemap.xml", lines);
    }

    [Fact]
    public void Every_page_has_a_canonical_address_and_open_graph_title_and_description()
    {
        foreach (var path in site.PagePaths().Where(p => p != "/404.html"))
        {
            var page = site.Open(path);
            Assert.Equal(Address + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(Address + path, Meta(page, "og:url"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")), path);
            Assert.StartsWith(Meta(page, "og:title")!, page.Title);
            Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        }
        var notFound = site.Open("/404.html");
        Assert.Null(notFound.QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", notFound.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public void Without_a_public_address_absolute_links_are_left_out_and_the_build_says_so()
    {
        using var folder = new TempFolder();
        var result = SiteBuilder.Build(Repository.Input, folder["output"]);

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("public address is not known"));
        Assert.EndsWith("input/site.yml", warning.Location.File);
        Assert.Contains("base_url", warning.Fix);
        Assert.False(File.Exists(folder["output/sitemap.xml"]));
        Assert.False(File.Exists(folder["output/feed.xml"]));
        Assert.DoesNotContain("Sitemap:", File.ReadAllText(folder["output/robots.txt"]));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(folder["output/index.html"]));
        Assert.Null(home.QuerySelector("link[rel=canonical]"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(home, "og:description")));
        Assert.DoesNotContain(site.Result.Warnings, w => w.Message.Contains("public address"));
    }

    [Fact]
    public void Under_a_base_path_full_addresses_include_it()
    {
        using var folder = new TempFolder();
        SiteBuilder.Build(Repository.Input, folder["output"], basePath: "/hmicfrs", baseUrl: Address);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(folder["output/reports/index.html"]));
        Assert.Equal(Address + "/hmicfrs/reports/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains($"<loc>{Address}/hmicfrs/reports/</loc>", File.ReadAllText(folder["output/sitemap.xml"]));
    }

    [Fact]
    public void A_base_url_in_site_yml_that_is_not_a_site_address_is_reported_at_its_line()
    {
        using var folder = TempFolder.WithRealInput();
        var line = InputEdits.AppendLine(folder["input/site.yml"], "base_url: \"https://example.org/some/page?x=1\"");
        var problem = Assert.Single(SiteBuilder.Problems(folder["input"], folder["output"]));
        Assert.EndsWith("input/site.yml", problem.Location.File);
        Assert.Equal(line, problem.Location.Line);
        Assert.Contains("more than the scheme and host", problem.Message);
    }

    [Fact]
    public void A_base_url_in_site_yml_is_used_when_none_is_given()
    {
        using var folder = TempFolder.WithRealInput();
        InputEdits.AppendLine(folder["input/site.yml"], "base_url: \"https://hmicfrs.example.org/\"");
        SiteBuilder.Build(folder["input"], folder["output"]);
        Assert.Contains("<loc>https://hmicfrs.example.org/</loc>", File.ReadAllText(folder["output/sitemap.xml"]));
    }

    private static bool IsDetailPage(string path, string section) => path.StartsWith(section, StringComparison.Ordinal) && path.Length > section.Length;

    private static string? Meta(AngleSharp.Dom.IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    /// <summary>An RFC 3339 date-time, as Atom requires.</summary>
    private static DateTimeOffset Timestamp(string text) =>
        DateTimeOffset.ParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None);
}
