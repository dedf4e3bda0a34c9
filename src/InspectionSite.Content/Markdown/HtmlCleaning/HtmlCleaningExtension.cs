using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace InspectionSite.Content.Markdown.HtmlCleaning;

/// <summary>
/// Raw HTML in Markdown is untrusted: each HTML block and each inline tag is cleaned as it is parsed, so that
/// nothing added to the document later (the site's own markup) is touched. What is removed is told to the parser
/// context, when it is an <see cref="IHtmlRemovalListener"/>.
/// </summary>
public sealed class HtmlCleaningExtension(HtmlCleaningOptions options) : IMarkdownExtension
{
    private readonly HtmlCleaner _cleaner = new(options);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HtmlBlockParser>() is { } blocks)
        {
            blocks.Closed -= CleanBlock;
            blocks.Closed += CleanBlock;
        }
        if (pipeline.InlineParsers.FindExact<AutolinkInlineParser>() is { } tags)
            pipeline.InlineParsers.Replace<AutolinkInlineParser>(new HtmlCleaningInlineParser(tags.Options, _cleaner));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void CleanBlock(BlockProcessor processor, Block block)
    {
        if (block is not HtmlBlock html) return;
        var (clean, removed) = _cleaner.CleanBlock(html.Lines.ToString());
        html.Lines = new StringLineGroup(clean);
        Report(processor.Context, html, removed);
    }

    internal static void Report(MarkdownParserContext? context, MarkdownObject node, IReadOnlyList<string> removed)
    {
        if (context is not IHtmlRemovalListener listener) return;
        foreach (var description in removed) listener.Removed(node, description);
    }
}
