using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Markdown.HtmlCleaning;
using InspectionSite.Content.Markdown.RecommendationLinks;
using InspectionSite.Content.Site;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Markdown;

/// <summary>
/// Renders Markdown bodies to HTML: resolves recommendation mentions, checks and prefixes links to
/// other pages of the site (with the full address a printed page shows), marks links that leave it, and keeps
/// headings below the page's own h1. Raw HTML is cleaned as it is parsed (<see cref="HtmlCleaningExtension"/>),
/// and each removal is a warning at its line.
/// </summary>
public sealed class MarkdownRenderer(SiteMarkdown markdown, Routes routes, IReadOnlySet<string> sitePaths, Func<string, string?> pathOfReference, DiagnosticBag diagnostics)
{
    public string Render(MarkdownText text)
    {
        var document = Markdig.Markdown.Parse(text.Source, markdown.Pipeline, new Removals(text, diagnostics));
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            heading.Level = 2;
        foreach (var mention in document.Descendants<RecommendationMention>())
            Resolve(mention, text);
        foreach (var link in document.Descendants<LinkInline>().ToList())
            CheckLink(link, text);
        return markdown.ToHtml(document);
    }

    /// <summary>Each piece of raw HTML the cleaning removed from a body, as a warning at its line.</summary>
    private sealed class Removals(MarkdownText text, DiagnosticBag diagnostics) : MarkdownParserContext, IHtmlRemovalListener
    {
        public void Removed(MarkdownObject node, string description) =>
            diagnostics.AddWarning(At(text, node), $"Removed unsafe HTML: {description}.",
                "Write the text in Markdown; raw HTML may only use simple elements such as <p>, <b>, <ul>, <li>, <sup> and tables.");
    }

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
        if (!HtmlCleaningOptions.IsSafeUrl(url))
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
        link.AppendChild(new HtmlInline("<span class=\"govuk-visually-hidden\"> (external site)</span>"));
    }

    private static SourceLocation At(MarkdownText text, MarkdownObject node) => new(text.File, text.FirstLine + node.Line, node.Column + 1);
}
