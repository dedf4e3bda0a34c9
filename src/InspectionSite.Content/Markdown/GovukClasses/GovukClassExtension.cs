using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Markdown.GovukClasses;

/// <summary>
/// Gives what Markdown renders GOV.UK Frontend's classes (headings, paragraphs, lists, links, tables, quotes), so a
/// body looks like the rest of the page without style rules of the site's own. Added as each element is written, once
/// headings have their final level: a body's headings sit under the page's h1, so level 2 takes the medium size and
/// every level below it the small one.
/// </summary>
public sealed class GovukClassExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        renderer.ObjectWriteBefore -= AddClasses;
        renderer.ObjectWriteBefore += AddClasses;
    }

    private static void AddClasses(IMarkdownRenderer renderer, MarkdownObject node)
    {
        if (ClassOf(node) is { } name) node.GetAttributes().AddClass(name);
        // Markdig writes a table's rows and cells itself, without an event for each.
        if (node is Table table)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                row.GetAttributes().AddClass("govuk-table__row");
                foreach (var cell in row.OfType<TableCell>())
                    cell.GetAttributes().AddClass(row.IsHeader ? "govuk-table__header" : "govuk-table__cell");
            }
        }
    }

    private static string? ClassOf(MarkdownObject node) => node switch
    {
        HeadingBlock { Level: <= 2 } => "govuk-heading-m",
        HeadingBlock => "govuk-heading-s",
        ParagraphBlock or DefinitionList => "govuk-body",
        ListBlock { IsOrdered: true } => "govuk-list govuk-list--number",
        ListBlock => "govuk-list govuk-list--bullet",
        QuoteBlock => "govuk-inset-text",
        Table => "govuk-table",
        LinkInline { IsImage: false } or AutolinkInline => "govuk-link",
        _ => null,
    };
}
