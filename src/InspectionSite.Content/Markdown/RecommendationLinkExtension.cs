using Markdig;
using Markdig.Renderers;

namespace InspectionSite.Content.Markdown;

/// <summary>Turns "Recommendation 9159" in any Markdown body into a link to that item's page.</summary>
public sealed class RecommendationLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<RecommendationMentionParser>())
            pipeline.InlineParsers.Insert(0, new RecommendationMentionParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<RecommendationMentionRenderer>())
            html.ObjectRenderers.Insert(0, new RecommendationMentionRenderer());
    }
}

public static class RecommendationLinkPipelineExtensions
{
    public static MarkdownPipelineBuilder UseRecommendationLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<RecommendationLinkExtension>();
        return pipeline;
    }
}
