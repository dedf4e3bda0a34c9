using System.Text;
using AngleSharp.Html.Parser;
using InspectionSite.Checking;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The link checker reads pages with its own scanner rather than a DOM. These tests hold the scanner to
/// what a real HTML parser (AngleSharp) finds, on every page of the real site and on markup written to trip it up.
/// </summary>
public sealed class LinkCheckerTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void The_scanner_finds_the_same_ids_and_links_as_an_html_parser_on_every_page_of_the_real_site()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30);
        foreach (var page in pages)
            AssertSameAsParser(File.ReadAllText(page), page);
    }

    [Theory]
    [InlineData("<!-- <a href=\"/commented/\" id=\"c\"> --><a href=\"/real/\">x</a>")]
    [InlineData("<!--><a href=\"/after-empty-comment/\">x</a><!---><p id=\"p\">")]
    [InlineData("<script>var s = '<a href=\"/in-script/\" id=\"s\">';</script><a href='/after-script/'>x</a>")]
    [InlineData("<title>A <a href=/in-title/> title</title><textarea><a href=\"/in-textarea/\"></textarea><style>a[id=x]{}</style>")]
    [InlineData("<A HREF='/upper/' ID=Top>x</A><a href=/unquoted/ id=plain>y</a><LINK Href=\"/style.css\" rel=stylesheet>")]
    [InlineData("<a href=\"/q?a=1&amp;b=2#x%20y\" href=\"/second/\" id=\"caf&eacute;\" id=\"second\">x</a><img src=/i.png alt='<a href=/no/>'>")]
    [InlineData("<area href=\"/not-a-link/\"><div id></div><a href>empty</a><a title=\"x>y\" href = \"/spaced/\" >z</a><br/><input id=i/>")]
    [InlineData("<p>1 < 2 and </p><a href=\"/after-text/\">x</a></a href=\"/end-tag/\"><svg><a href=\"/svg/\"/></svg>")]
    public void The_scanner_reads_tricky_markup_as_an_html_parser_does(string body) =>
        AssertSameAsParser($"<!DOCTYPE html><html><head></head><body>{body}</body></html>", body);

    [Fact]
    public void A_link_to_a_missing_page_or_anchor_stops_the_build_naming_the_page_and_the_link()
    {
        var files = new[]
        {
            Page("index.html", "<a href=\"/reports/\">ok</a><a href=\"/reports/#top\">ok</a><a href=\"#self\">ok</a><p id=\"self\"></p>"),
            Page("reports/index.html", "<h1 id=\"top\">Reports</h1><a href=\"/reports/missing/\">bad</a><a href=\"/#nowhere\">bad</a><a href=\"#gone\">bad</a>"),
        };
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(files, basePath: "", diagnostics);

        var problems = diagnostics.Sorted().Select(d => $"{d.Location.File}: {d.Message}").ToList();
        Assert.Equal(
        [
            "output/reports/index.html: The link '#gone' points to no element on its own page.",
            "output/reports/index.html: The link '/#nowhere' points to #nowhere, which its page lacks.",
            "output/reports/index.html: The link '/reports/missing/' leads to no page.",
        ], problems);
    }

    private static OutputFile Page(string path, string body) => new(path, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{body}</body></html>"));

    private static void AssertSameAsParser(string html, string what)
    {
        var document = new HtmlParser().ParseDocument(html);
        var expectedIds = document.QuerySelectorAll("[id]").Select(e => e.Id!).Order(StringComparer.Ordinal).Distinct().ToList();
        var expectedLinks = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
            .Order(StringComparer.Ordinal).ToList();

        var scanned = PageAnchors.Scan(Encoding.UTF8.GetBytes(html));
        Assert.True(expectedIds.SequenceEqual(scanned.Ids.Order(StringComparer.Ordinal)),
            $"{what}: ids differ. Parser: {string.Join(" ", expectedIds)}; scanner: {string.Join(" ", scanned.Ids.Order(StringComparer.Ordinal))}");
        Assert.True(expectedLinks.SequenceEqual(scanned.Links.Order(StringComparer.Ordinal)),
            $"{what}: links differ. Parser: {string.Join(" ", expectedLinks)}; scanner: {string.Join(" ", scanned.Links.Order(StringComparer.Ordinal))}");
    }
}
