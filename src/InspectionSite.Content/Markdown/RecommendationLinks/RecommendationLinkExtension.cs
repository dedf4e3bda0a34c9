using Markdig;
using Markdig.Renderers;

namespace InspectionSite.Content.Markdown.RecommendationLinks;

/// <summary>
/// Turns "Recommendation 9159" in any Markdown body into a link to that item's page. The parser only recognises
/// the words; whoever renders the body resolves each <see cref="RecommendationMention"/> to its page.
/// </summary>
public sealed class RecommendationLinkExtension(RecommendationLinkOptions options) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<RecommendationMentionParser>())
            pipeline.InlineParsers.Insert(0, new RecommendationMentionParser(options));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<RecommendationMentionRenderer>())
            html.ObjectRenderers.Insert(0, new RecommendationMentionRenderer(options));
    }
}
