using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Markdown.RecommendationLinks;

/// <summary>Writes a resolved mention as a link; inside another link, or unresolved, as plain text.</summary>
public sealed class RecommendationMentionRenderer(RecommendationLinkOptions options) : HtmlObjectRenderer<RecommendationMention>
{
    protected override void Write(HtmlRenderer renderer, RecommendationMention mention)
    {
        if (mention.Url is null || IsInsideLink(mention))
        {
            renderer.WriteEscape(mention.Label);
            return;
        }
        renderer.Write("<a class=\"").WriteEscape(options.CssClass).Write("\" href=\"").WriteEscapeUrl(mention.Url).Write('"');
        if (mention.PrintUrl is not null) renderer.Write(" data-print-url=\"").WriteEscapeUrl(mention.PrintUrl).Write('"');
        renderer.Write('>');
        renderer.WriteEscape(mention.Label);
        renderer.Write("</a>");
    }

    public static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}
