using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Markdown.HtmlCleaning;

/// <summary>Markdig's parser of autolinks and inline HTML tags, cleaning each tag it finds.</summary>
public sealed class HtmlCleaningInlineParser(AutolinkOptions options, HtmlCleaner cleaner) : AutolinkInlineParser(options)
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!base.Match(processor, ref slice)) return false;
        if (processor.Inline is HtmlInline html)
        {
            var (clean, removed) = cleaner.CleanTag(html.Tag);
            html.Tag = clean;
            HtmlCleaningExtension.Report(processor.Context, html, removed);
        }
        return true;
    }
}
