using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace InspectionSite.Content.Markdown.RecommendationLinks;

/// <summary>
/// Finds "Recommendation 9159" (with a capital or not, and as many digits as the options allow, so that
/// "Recommendation 1" within a report's own numbering is left alone). It only recognises the words.
/// </summary>
public sealed partial class RecommendationMentionParser : InlineParser
{
    private readonly RecommendationLinkOptions _options;

    public RecommendationMentionParser(RecommendationLinkOptions options)
    {
        _options = options;
        OpeningCharacters = ['R', 'r'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(previous)) return false;

        var match = Pattern().Match(slice.Text, slice.Start, slice.Length);
        var digits = match.Groups["ref"].Length;
        if (!match.Success || digits < _options.MinimumDigits || digits > _options.MaximumDigits) return false;

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new RecommendationMention
        {
            Label = match.Value,
            Reference = match.Groups["ref"].Value,
            Span = new Markdig.Syntax.SourceSpan(start, start + match.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += match.Length;
        return true;
    }

    [GeneratedRegex(@"\G[Rr]ecommendation\s+(?<ref>[0-9]+)(?![0-9A-Za-z])")]
    private static partial Regex Pattern();
}
