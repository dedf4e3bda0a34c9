using AngleSharp.Html.Parser;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Markdown.HeadingIds;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;

namespace InspectionSite.Tests;

/// <summary>Raw HTML pasted from PDFs keeps its harmless parts; anything that could run is removed, with a warning at its line.</summary>
public sealed class UnsafeMarkdownTests
{
    private readonly DiagnosticBag _diagnostics = new();

    private string Render(string markdown)
    {
        var renderer = new MarkdownRenderer(LinkSite.Markdown, new Routes(), new HashSet<string> { "/", "/reports/x/" }, _ => null, _diagnostics);
        return renderer.Render(new MarkdownText(markdown, "input/pages/p.md", 5));
    }

    private static AngleSharp.Dom.IDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");

    [Fact]
    public void The_harmless_html_of_a_pasted_paper_is_kept()
    {
        var html = Render("<p><b>CONTACT OFFICER</b></p> <p>Name: Inspector 6828</p>\n\nText with <sup>1</sup> footnote.");
        var document = Parse(html);
        Assert.Equal("CONTACT OFFICER", document.QuerySelector("p > b")!.TextContent);
        Assert.Equal("1", document.QuerySelector("sup")!.TextContent);
        Assert.Empty(_diagnostics.Warnings());
    }

    [Fact]
    public void A_script_block_is_removed_and_reported_at_its_line()
    {
        var html = Render("Intro.\n\n<script>alert('x')</script>\n\nAfter.");
        Assert.Empty(Parse(html).QuerySelectorAll("script"));
        Assert.DoesNotContain("alert", html);
        var warning = Assert.Single(_diagnostics.Warnings());
        Assert.Equal(new SourceLocation("input/pages/p.md", 7, 1), warning.Location);
        Assert.Contains("<script>", warning.Message);
        Assert.False(_diagnostics.HasErrors);
    }

    [Fact]
    public void Styles_and_event_handlers_are_stripped_from_kept_elements()
    {
        var html = Render("<ul style=\"list-style-type: none\"> <li onclick=\"steal()\">• item</li> </ul>");
        var list = Parse(html).QuerySelector("ul")!;
        Assert.False(list.HasAttribute("style"));
        Assert.False(list.QuerySelector("li")!.HasAttribute("onclick"));
        Assert.Equal(2, _diagnostics.Warnings().Count);
    }

    [Fact]
    public void Each_inline_tag_is_cleaned_on_its_own_and_reported_where_it_stands()
    {
        var html = Render("A line.\nThen <b onclick=\"x()\">bold</b>, <font color=\"red\">font</font> and <a href=\"https://example.org/\" style=\"x\">a link</a>.");
        var document = Parse(html);
        Assert.Equal("bold", document.QuerySelector("b:not([onclick])")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("font"));
        Assert.Contains("font and", document.Body!.TextContent);
        Assert.Equal("https://example.org/", document.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(
            [
                (new SourceLocation("input/pages/p.md", 6, 6), "Removed unsafe HTML: onclick attribute on <b>."),
                (new SourceLocation("input/pages/p.md", 6, 33), "Removed unsafe HTML: <font> tag (its text is kept)."),
                (new SourceLocation("input/pages/p.md", 6, 67), "Removed unsafe HTML: style attribute on <a>."),
            ],
            _diagnostics.Warnings().Select(w => (w.Location, w.Message)));
    }

    [Fact]
    public void Headings_keep_clear_of_the_ids_the_pipeline_is_told_to_reserve()
    {
        var markdown = new SiteMarkdown(new HeadingIdOptions(new HashSet<string> { "intro" }, ["chart-"]));
        var html = new MarkdownRenderer(markdown, new Routes(), new HashSet<string> { "/" }, _ => null, _diagnostics)
            .Render(new MarkdownText("## Intro\n\n## Chart one\n\n## Heading intro\n\n## Changes", "input/pages/p.md", 5));
        Assert.Equal(["heading-intro-1", "heading-chart-one", "heading-intro", "changes"], Parse(html).QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    [InlineData("Inline <img src=\"/x\" onerror=\"alert(1)\" alt=\"\"> image")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"q\"></form>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<style>body{display:none}</style>")]
    public void Nothing_that_could_run_survives(string markdown)
    {
        var document = Parse(Render(markdown));
        Assert.Empty(document.QuerySelectorAll("script, iframe, form, input, svg, style"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain(document.QuerySelectorAll("[href], [src]"), e =>
            (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(_diagnostics.Warnings());
    }

    [Fact]
    public void Links_leaving_the_site_are_marked_for_screen_readers_and_open_no_door_back()
    {
        var link = Parse(Render("See [HMICFRS](https://hmicfrs.justiceinspectorates.gov.uk/).")).QuerySelector("a")!;
        Assert.Equal("noopener", link.GetAttribute("rel"));
        Assert.Contains("(external site)", link.QuerySelector(".govuk-visually-hidden")!.TextContent);
    }

    [Fact]
    public void Links_within_the_site_are_not_marked_external()
    {
        var link = Parse(Render("See [the report](/reports/x/).")).QuerySelector("a")!;
        Assert.Null(link.GetAttribute("rel"));
        Assert.Equal("/reports/x/", link.GetAttribute("href"));
    }
}
