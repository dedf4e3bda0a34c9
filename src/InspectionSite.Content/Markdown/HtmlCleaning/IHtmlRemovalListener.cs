using Markdig.Syntax;

namespace InspectionSite.Content.Markdown.HtmlCleaning;

/// <summary>
/// Hears of each thing the cleaning removed from the raw HTML of one body: a parser context
/// (<c>Markdown.Parse(text, pipeline, context)</c>) that implements it is told, with the node it came from.
/// </summary>
public interface IHtmlRemovalListener
{
    void Removed(MarkdownObject node, string description);
}
