using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Markdown;

/// <summary>
/// Renders Markdown bodies to HTML: resolves recommendation mentions, checks and prefixes links to
/// other pages of the site (with the full address a printed page shows), marks links that leave it, and keeps
/// headings below the page's own h1. Raw HTML is untrusted: only an allow-list survives (<see cref="HtmlSanitizer"/>),
/// and each removal is a warning.
/// </summary>
public sealed class MarkdownRenderer(Routes routes, IReadOnlySet<string> sitePaths, Func<string, string?> pathOfReference, DiagnosticBag diagnostics)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseRecommendationLinks()
        .Build();

    public string Render(MarkdownText text)
    {
        var document = Markdig.Markdown.Parse(text.Source, Pipeline);
        // Raw HTML first: what the renderer adds below (screen-reader text on external links) is trusted.
        foreach (var html in document.Descendants<HtmlInline>().ToList())
            html.Tag = Clean(HtmlSanitizer.SanitizeTag(html.Tag), text, html);
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
            CleanBlock(block, text);
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            heading.Level = 2;
        AvoidThemeIds(document);
        foreach (var mention in document.Descendants<RecommendationMention>())
            Resolve(mention, text);
        foreach (var link in document.Descendants<LinkInline>().ToList())
            CheckLink(link, text);

        var (writer, renderer) = Output.Value!;
        writer.GetStringBuilder().Clear();
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// A heading whose automatic id is one the theme gives the page ("Changes" on a meeting page) is given
    /// "heading-changes" instead, numbered like Markdig's own ids if that is taken too. No theme id starts so.
    /// </summary>
    private static void AvoidThemeIds(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes()).Where(a => a.Id is not null).ToList();
        var taken = headings.Select(a => a.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var attributes in headings.Where(a => PageIds.IsTheme(a.Id!)))
        {
            var stem = "heading-" + attributes.Id;
            var id = stem;
            for (var number = 1; taken.Contains(id); number++) id = $"{stem}-{number}";
            attributes.Id = id;
            taken.Add(id);
        }
    }

    /// <summary>One HTML renderer per thread, reused from body to body: setting one up costs more than rendering a short body.</summary>
    private static readonly ThreadLocal<(StringWriter Writer, HtmlRenderer Renderer)> Output = new(() =>
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        return (writer, renderer);
    });

    private void Resolve(RecommendationMention mention, MarkdownText text)
    {
        if (RecommendationMentionRenderer.IsInsideLink(mention)) return;
        var path = pathOfReference(mention.Reference);
        if (path is null)
        {
            diagnostics.Add(At(text, mention), $"'{mention.Label}' names no item in recommendations.csv.",
                $"Add the item with reference {mention.Reference} to recommendations.csv, or correct the number.");
            return;
        }
        mention.Url = routes.Url(path);
        mention.PrintUrl = routes.FullUrl(path);
    }

    private void CheckLink(LinkInline link, MarkdownText text)
    {
        var url = link.Url;
        if (url is null) return;
        if (link.IsImage) CheckImage(link, url, text);
        if (!HtmlSanitizer.IsSafeUrl(url))
        {
            diagnostics.AddWarning(At(text, link), $"The link '{url}' was removed: only web, mail and site addresses are allowed.",
                "Link to a web page (https://...) or to a page of this site (/reports/...).");
            link.Url = "";
            return;
        }
        var withinSite = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
        if (!withinSite)
        {
            if (IsOnAnotherSite(url)) MarkExternal(link);
            return;
        }

        var path = url.Split('#', '?')[0];
        if (!sitePaths.Contains(path))
            diagnostics.Add(At(text, link), $"The link '{url}' leads to no page of the site.",
                "Link to an existing page, such as /reports/<id>/ or /recommendations/<id>/ (with the slash at the end).");
        link.Url = routes.Url(url);
        link.GetAttributes().AddProperty("data-print-url", routes.FullUrl(url));
    }

    /// <summary>
    /// An image must say what it shows to those who cannot see it, and must be one a browser will load: the site's
    /// content security policy (img-src 'self') blocks images from other sites.
    /// </summary>
    private void CheckImage(LinkInline image, string url, MarkdownText text)
    {
        var description = string.Concat(image.Descendants<LiteralInline>().Select(literal => literal.Content.ToString())).Trim();
        if (description.Length == 0)
            diagnostics.Add(At(text, image), $"The image '{url}' has no description, so screen-reader users cannot tell what it shows.",
                "Describe it between the square brackets, for example ![Chart of open recommendations at each meeting](...).");
        if (IsOnAnotherSite(url))
            diagnostics.Add(At(text, image), $"The image '{url}' is on another site, and the site's content security policy stops browsers loading it.",
                "Link to it instead, without the '!' in front: [what it shows](address).");
    }

    /// <summary>A web address on another host (mail and site addresses are not).</summary>
    private static bool IsOnAnotherSite(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    /// <summary>Links that leave the site open no door back to it, and say so to screen-reader users.</summary>
    private static void MarkExternal(LinkInline link)
    {
        if (link.IsImage) return;
        var attributes = link.GetAttributes();
        attributes.AddProperty("rel", "noopener");
        attributes.AddClass("external");
        link.AppendChild(new HtmlInline("<span class=\"visually-hidden\"> (external site)</span>"));
    }

    private string Clean((string Html, IReadOnlyList<string> Removed) result, MarkdownText text, MarkdownObject node)
    {
        foreach (var removal in result.Removed)
            diagnostics.AddWarning(At(text, node), $"Removed unsafe HTML: {removal}.",
                "Write the text in Markdown; raw HTML may only use simple elements such as <p>, <b>, <ul>, <li>, <sup> and tables.");
        return result.Html;
    }

    private void CleanBlock(HtmlBlock block, MarkdownText text)
    {
        var clean = Clean(HtmlSanitizer.Sanitize(block.Lines.ToString()), text, block);
        block.Lines = new Markdig.Helpers.StringLineGroup(clean);
    }

    private static SourceLocation At(MarkdownText text, MarkdownObject node) => new(text.File, text.FirstLine + node.Line, node.Column + 1);
}
