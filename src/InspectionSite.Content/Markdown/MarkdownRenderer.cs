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
/// other pages of the site (with the full address a printed page shows), and keeps headings below the page's own h1. Raw HTML is shown as text,
/// never passed through, because the sources are untrusted.
/// </summary>
public sealed class MarkdownRenderer(Routes routes, IReadOnlySet<string> sitePaths, Func<string, string?> pathOfReference, DiagnosticBag diagnostics)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseRecommendationLinks()
        .DisableHtml()
        .Build();

    public string Render(MarkdownText text)
    {
        var document = Markdig.Markdown.Parse(text.Source, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            heading.Level = 2;
        foreach (var mention in document.Descendants<RecommendationMention>())
            Resolve(mention, text);
        foreach (var link in document.Descendants<LinkInline>())
            CheckLink(link, text);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
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
        if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(At(text, link), $"The link '{url}' would run a script.", "Link to a web page (https://...) or to a page of this site (/reports/...).");
            link.Url = "#";
            return;
        }
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return;

        var path = url.Split('#', '?')[0];
        if (!sitePaths.Contains(path))
            diagnostics.Add(At(text, link), $"The link '{url}' leads to no page of the site.",
                "Link to an existing page, such as /reports/<id>/ or /recommendations/<id>/ (with the slash at the end).");
        link.Url = routes.Url(url);
        link.GetAttributes().AddProperty("data-print-url", routes.FullUrl(url));
    }

    private static SourceLocation At(MarkdownText text, MarkdownObject node) => new(text.File, text.FirstLine + node.Line, node.Column + 1);
}
