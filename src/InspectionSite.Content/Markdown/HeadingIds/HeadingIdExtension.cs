using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InspectionSite.Content.Markdown.HeadingIds;

/// <summary>
/// Keeps headings' automatic ids (Markdig's, GitHub style) clear of the ids the page gives its own elements, so a
/// page never has two elements with one id and links to the page's own section never land on a heading:
/// "Changes" on a meeting page becomes "heading-changes", numbered like Markdig's own ids if that is taken too.
/// </summary>
public sealed class HeadingIdExtension(HeadingIdOptions options) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // After the whole document is parsed: Markdig gives a heading its id once its text is parsed, and the
        // renaming must know every other heading's id.
        pipeline.DocumentProcessed -= AvoidReserved;
        pipeline.DocumentProcessed += AvoidReserved;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void AvoidReserved(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes()).Where(a => a.Id is not null).ToList();
        if (!headings.Any(a => options.IsReserved(a.Id!))) return;
        var taken = headings.Select(a => a.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var attributes in headings.Where(a => options.IsReserved(a.Id!)))
        {
            var stem = options.Prefix + attributes.Id;
            var id = stem;
            for (var number = 1; taken.Contains(id); number++) id = $"{stem}-{number}";
            attributes.Id = id;
            taken.Add(id);
        }
    }
}
