using InspectionSite.Content.Markdown.GovukClasses;
using InspectionSite.Content.Markdown.HeadingIds;
using InspectionSite.Content.Markdown.HtmlCleaning;
using InspectionSite.Content.Markdown.RecommendationLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace InspectionSite.Content.Markdown;

/// <summary>The site's own Markdig extensions, added to a pipeline as Markdig's are.</summary>
public static class MarkdownExtensions
{
    /// <summary>Links "Recommendation 9159" to the item's page (see <see cref="RecommendationLinkExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseRecommendationLinks(this MarkdownPipelineBuilder pipeline, RecommendationLinkOptions options)
    {
        pipeline.Extensions.ReplaceOrAdd<RecommendationLinkExtension>(new RecommendationLinkExtension(options));
        return pipeline;
    }

    /// <summary>Cleans raw HTML to an allow-list as it is parsed (see <see cref="HtmlCleaningExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseHtmlCleaning(this MarkdownPipelineBuilder pipeline, HtmlCleaningOptions options)
    {
        pipeline.Extensions.ReplaceOrAdd<HtmlCleaningExtension>(new HtmlCleaningExtension(options));
        return pipeline;
    }

    /// <summary>Gives headings GitHub's ids, clear of the ids the page reserves (see <see cref="HeadingIdExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline, HeadingIdOptions options)
    {
        pipeline.UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        pipeline.Extensions.ReplaceOrAdd<HeadingIdExtension>(new HeadingIdExtension(options));
        return pipeline;
    }

    /// <summary>Gives rendered elements GOV.UK Frontend's classes (see <see cref="GovukClassExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseGovukClasses(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GovukClassExtension>();
        return pipeline;
    }
}
