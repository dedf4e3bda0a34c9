using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Drafting;

/// <summary>
/// A paper's blocks as the Markdown of a meeting file: numbered sections become ## headings (other headings ###), list
/// items keep their numbers, headings in capitals are put in sentence case, keeping the abbreviations the paper's own
/// text writes in capitals.
/// </summary>
public static partial class MarkdownDraft
{
    public static string Body(IReadOnlyList<PaperBlock> blocks)
    {
        var forms = blocks.Where(b => b.Kind != BlockKind.Heading).SelectMany(b => Word().Matches(b.Text)).Select(m => m.Value)
            .GroupBy(w => w.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.GroupBy(w => w, StringComparer.Ordinal).MaxBy(f => f.Count())!.Key);
        var markdown = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in blocks)
        {
            var list = block.Kind is BlockKind.Bullet or BlockKind.Numbered;
            if (markdown.Length > 0 && !(list && previous == block.Kind)) markdown.Append('\n');
            var text = Escape(block.Text);
            markdown.Append(block.Kind switch
            {
                BlockKind.Heading => (SectionNumber().IsMatch(block.Text) ? "## " : "### ") + SentenceCase(text, forms),
                BlockKind.Bullet => "- " + text,
                BlockKind.Numbered => (int.TryParse(block.Number, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "1") + ". " + text,
                _ => text,
            }).Append('\n');
            previous = block.Kind;
        }
        return markdown.ToString();
    }

    /// <summary>
    /// "2. WEST MIDLANDS POLICE PEEL INSPECTION" → "2. West Midlands Police PEEL inspection": each word as the paper's
    /// text most often writes it (<paramref name="forms"/>, by its lower case), else in lower case.
    /// </summary>
    public static string SentenceCase(string heading, IReadOnlyDictionary<string, string> forms)
    {
        if (heading.Any(char.IsLower)) return heading;
        var first = true;
        return Word().Replace(heading, m =>
        {
            var word = m.Value;
            var form = forms.GetValueOrDefault(word.ToLowerInvariant()) ?? word.ToLowerInvariant();
            var kept = first ? form[..1].ToUpperInvariant() + form[1..] : form;
            if (word.Any(char.IsLetter)) first = false;
            return kept;
        });
    }

    /// <summary>Characters that would make a paper's words into Markdown they are not: a line starting "1." or "#", emphasis, links.</summary>
    private static string Escape(string text) => MarkdownSpecial().Replace(text, @"\$0");

    [GeneratedRegex(@"[\p{L}\d&'’-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d{1,2}\.\s")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"[*_\[\]<>`\\]")]
    private static partial Regex MarkdownSpecial();
}
