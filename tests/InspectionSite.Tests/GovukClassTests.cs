using AngleSharp.Html.Parser;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;

namespace InspectionSite.Tests;

/// <summary>A Markdown body looks like the page around it: what it renders carries GOV.UK Frontend's classes.</summary>
public sealed class GovukClassTests
{
    private static AngleSharp.Dom.IDocument Render(string markdown)
    {
        var renderer = new MarkdownRenderer(LinkSite.Markdown, new Routes(), new HashSet<string> { "/" }, _ => null, new DiagnosticBag());
        var html = renderer.Render(new MarkdownText(markdown, "input/pages/p.md", 1));
        return new HtmlParser().ParseDocument($"<body>{html}</body>");
    }

    [Fact]
    public void Headings_take_GOV_UK_sizes_below_the_page_s_own_h1()
    {
        var page = Render("# Top\n\n## Section\n\n### Part\n\n#### Detail\n");
        Assert.Equal(
            ["H2 govuk-heading-m", "H2 govuk-heading-m", "H3 govuk-heading-s", "H4 govuk-heading-s"],
            page.QuerySelectorAll("h1, h2, h3, h4").Select(h => $"{h.TagName} {h.ClassName}"));
    }

    [Fact]
    public void Text_lists_links_quotes_and_tables_take_GOV_UK_classes()
    {
        var page = Render("""
            A paragraph with [a link](https://example.org/) and <https://example.net/>.

            - one
            - two

            1. first
            2. second

            > Quoted words.

            | Measure | Figure |
            |---|---|
            | Open | 45 |
            """);
        Assert.Equal("govuk-body", page.QuerySelector("body > p")!.ClassName);
        Assert.All(page.QuerySelectorAll("a"), a => Assert.True(a.ClassList.Contains("govuk-link"), a.OuterHtml));
        Assert.Equal(2, page.QuerySelectorAll("a").Length);
        Assert.Equal("govuk-list govuk-list--bullet", page.QuerySelector("ul")!.ClassName);
        Assert.Equal("govuk-list govuk-list--number", page.QuerySelector("ol")!.ClassName);
        Assert.Equal("govuk-inset-text", page.QuerySelector("blockquote")!.ClassName);
        Assert.Equal("govuk-table", page.QuerySelector("table")!.ClassName);
        Assert.All(page.QuerySelectorAll("th"), th => Assert.Equal("govuk-table__header", th.ClassName));
        Assert.All(page.QuerySelectorAll("td"), td => Assert.Equal("govuk-table__cell", td.ClassName));
        Assert.All(page.QuerySelectorAll("tr"), tr => Assert.Equal("govuk-table__row", tr.ClassName));
    }

    [Fact]
    public void A_body_rendered_twice_carries_each_class_once()
    {
        var document = Markdig.Markdown.Parse("Words.", LinkSite.Markdown.Pipeline);
        LinkSite.Markdown.ToHtml(document);
        Assert.Equal("<p class=\"govuk-body\">Words.</p>\n", LinkSite.Markdown.ToHtml(document));
    }
}
