using InspectionSite.Content.Markdown.HeadingIds;
using InspectionSite.Content.Markdown.HtmlCleaning;
using InspectionSite.Content.Markdown.RecommendationLinks;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace InspectionSite.Content.Markdown;

/// <summary>
/// The site's Markdown: CommonMark with tables, footnotes and definition lists, and the site's own extensions (a
/// folder each beside this file). Built once, by whoever knows the ids the theme gives its pages, and shared by
/// every body of every build.
/// </summary>
public sealed class SiteMarkdown
{
    public SiteMarkdown(HeadingIdOptions headingIds)
    {
        Pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseRecommendationLinks(new RecommendationLinkOptions(CssClass: "govuk-link mention"))
            .UseHtmlCleaning(HtmlCleaningOptions.PastedPapers)
            .UseHeadingIds(headingIds)
            .UseGovukClasses()
            .Build();
        _output = new(() =>
        {
            var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            return (writer, renderer);
        });
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>One HTML renderer per thread, reused from body to body: setting one up costs more than rendering a short body.</summary>
    private readonly ThreadLocal<(StringWriter Writer, HtmlRenderer Renderer)> _output;

    public string ToHtml(MarkdownDocument document)
    {
        var (writer, renderer) = _output.Value!;
        writer.GetStringBuilder().Clear();
        renderer.Render(document);
        return writer.ToString();
    }
}
