using System.Text.RegularExpressions;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Markdown.RecommendationLinks;
using InspectionSite.Content.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Site;

/// <summary>One heading of a meeting's paper: its text as the page shows it, and the id its meeting page gives it.</summary>
public sealed record PaperHeading(string Text, string Id);

/// <summary>A paper a fact comes from, resolved: its meeting and, where one was named, the heading of the part that says it.</summary>
public sealed record CitedSource(Meeting Meeting, PaperHeading? Section);

/// <summary>
/// The headings of every meeting's paper, with the ids the meeting's page gives them, so that a source's section can be
/// checked (capitals and spacing forgiven) and linked to. The papers are parsed with the site's own Markdown pipeline,
/// so the ids are exactly those the rendered pages carry.
/// </summary>
public sealed partial class PaperSections
{
    private readonly IReadOnlyDictionary<string, Parsed> _byMeeting;

    /// <summary>Each meeting's headings by their text with spacing evened out, capitals forgiven; the first of two that read the same.</summary>
    private readonly Dictionary<string, Dictionary<string, PaperHeading>> _byText;

    /// <summary>A paper's headings with the text they were parsed from, so that the next build need not parse an unchanged paper again.</summary>
    private sealed record Parsed(string Source, IReadOnlyList<PaperHeading> Headings);

    private PaperSections(IReadOnlyDictionary<string, Parsed> byMeeting)
    {
        _byMeeting = byMeeting;
        _byText = byMeeting.ToDictionary(m => m.Key, m =>
        {
            var byText = new Dictionary<string, PaperHeading>(StringComparer.OrdinalIgnoreCase);
            foreach (var heading in m.Value.Headings) byText.TryAdd(Spaced(heading.Text), heading);
            return byText;
        }, StringComparer.Ordinal);
    }

    /// <summary>Every meeting's headings, taking those of a paper whose text is unchanged from <paramref name="previous"/>.</summary>
    public static PaperSections Of(IEnumerable<Meeting> meetings, SiteMarkdown markdown, PaperSections? previous = null) =>
        new(meetings.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var body = g.First().Body;
            return previous?._byMeeting.GetValueOrDefault(g.Key) is { } kept && kept.Source == body.Source
                ? kept
                : new Parsed(body.Source, HeadingsOf(body, markdown));
        }, StringComparer.Ordinal));

    /// <summary>Whether every meeting has the headings it had in <paramref name="previous"/>, none having come or gone.</summary>
    public bool SameHeadingsAs(PaperSections previous) =>
        _byMeeting.Count == previous._byMeeting.Count
        && _byMeeting.All(m => previous._byMeeting.TryGetValue(m.Key, out var before)
                               && (ReferenceEquals(before, m.Value) || before.Headings.SequenceEqual(m.Value.Headings)));

    /// <summary>The meeting's headings in the order its paper gives them; none for a meeting the site does not have.</summary>
    public IReadOnlyList<PaperHeading> Of(string meetingId) => _byMeeting.GetValueOrDefault(meetingId)?.Headings ?? [];

    /// <summary>The heading a section names in its meeting's paper, or null when it names none.</summary>
    public PaperHeading? Find(string meetingId, string section) =>
        _byText.TryGetValue(meetingId, out var byText) ? byText.GetValueOrDefault(Spaced(section)) : null;

    private static IReadOnlyList<PaperHeading> HeadingsOf(MarkdownText body, SiteMarkdown markdown)
    {
        var document = Markdig.Markdown.Parse(body.Source, markdown.Pipeline);
        return document.Descendants<HeadingBlock>()
            .Select(h => (Text: TextOf(h), h.GetAttributes().Id))
            .Where(h => h.Id is not null && h.Text.Length > 0)
            .Select(h => new PaperHeading(h.Text, h.Id!))
            .ToList();
    }

    /// <summary>A heading's words as a reader sees them: the text of its links and emphasis, without the Markdown around them.</summary>
    private static string TextOf(HeadingBlock heading) =>
        heading.Inline is null ? "" : Spaces().Replace(string.Concat(heading.Inline.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            RecommendationMention mention => mention.Label,
            LineBreakInline => " ",
            _ => "",
        })), " ").Trim();

    /// <summary>The text trimmed, with each run of spaces, tabs or line breaks as one space; as it was when it has none to even out, as most headings.</summary>
    private static string Spaced(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Contains("  ", StringComparison.Ordinal) || trimmed.AsSpan().ContainsAny(OtherSpaces) ? Spaces().Replace(trimmed, " ") : trimmed;
    }

    /// <summary>The white space other than the space character that <see cref="Spaces"/> matches.</summary>
    private static readonly System.Buffers.SearchValues<char> OtherSpaces =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ').ToArray());

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
