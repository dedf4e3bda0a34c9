using System.Net;
using System.Text.RegularExpressions;
using InspectionSite.Content.Papers;

namespace InspectionSite.Content.Drafting;

/// <summary>What a block of a paper is, as a draft writes it in Markdown.</summary>
public enum BlockKind { Heading, Paragraph, Bullet, Numbered }

/// <summary>A heading, paragraph or list item of a paper, with the page it starts on and its number if it is numbered.</summary>
public sealed record PaperBlock(BlockKind Kind, string Text, int Page, string? Number = null);

/// <summary>
/// A paper's text as blocks: from a PDF's lines (headings told by a larger or bold type, paragraphs by the space
/// between lines), or from a text file (headings marked with # or wholly in bold, paragraphs by blank lines).
/// </summary>
public static partial class PaperBlocks
{
    public static IReadOnlyList<PaperBlock> FromPdf(PaperPdf pdf)
    {
        var lines = pdf.Pages.SelectMany(p => p.Lines.Select((l, i) => (Page: p.Number, Line: l, First: i == 0, Previous: i == 0 ? null : p.Lines[i - 1]))).ToList();
        var body = lines.Count == 0 ? 0 : lines.GroupBy(l => l.Line.FontSize).MaxBy(g => g.Sum(l => l.Line.Text.Length))!.Key;
        var blocks = new Builder();
        foreach (var (page, line, first, previous) in lines)
        {
            var gap = previous is null ? double.MaxValue : previous.Baseline - line.Baseline - line.FontSize * 1.25;
            var heading = line.FontSize > body + 0.5 || (line.IsBold && Words(line.Text) <= 16 && !line.Text.TrimEnd().EndsWith('.'));
            blocks.Add(line.Text, page, heading, newBlock: first || gap > line.FontSize * 0.4);
        }
        return blocks.Blocks;
    }

    public static IReadOnlyList<PaperBlock> FromText(string text)
    {
        var blocks = new Builder();
        var page = 1;
        var blank = true;
        foreach (var raw in Flatten(text).Split('\n'))
        {
            page += raw.Count(c => c == '\f');
            var line = raw.Replace("\f", "").Trim();
            if (line.Length == 0 || line is "---" or "--") { blank = true; continue; }
            var hashes = HeadingMark().Match(line);
            var bold = line.StartsWith("**") && line.TrimEnd().EndsWith("**") && line.Length > 4;
            var plain = Plain(hashes.Success ? line[hashes.Length..] : line);
            if (plain.Length == 0) continue;
            blocks.Add(plain, page, heading: hashes.Success || bold, newBlock: blank);
            blank = hashes.Success || bold;
        }
        return blocks.Blocks;
    }

    /// <summary>HTML a transcript carries (paragraphs, list items) becomes lines; the text inside tags stays.</summary>
    public static string Flatten(string text) =>
        LineTags().Replace(text.Replace("\r\n", "\n"), "\n");

    /// <summary>A transcript's line without its bold marks, tags and HTML entities.</summary>
    public static string Plain(string line) =>
        WebUtility.HtmlDecode(Tags().Replace(line.Replace("**", "").Replace("__", ""), "")).Replace('\u00a0', ' ').Trim();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Joins lines into blocks: a list marker or heading starts one, and so does a gap or blank line.</summary>
    private sealed class Builder
    {
        public List<PaperBlock> Blocks { get; } = [];

        public void Add(string line, int page, bool heading, bool newBlock)
        {
            line = line.Trim();
            if (line.Length == 0) return;
            var bullet = BulletMark().Match(line);
            var number = NumberMark().Match(line);
            var last = Blocks.Count > 0 ? Blocks[^1] : null;
            heading |= (newBlock || last is { Kind: BlockKind.Heading }) && line.Any(char.IsLetter) && !line.Any(char.IsLower) && line.Split(' ').Length <= 12;
            if (heading)
            {
                if (!newBlock && last is { Kind: BlockKind.Heading }) Blocks[^1] = last with { Text = last.Text + " " + line };
                else Blocks.Add(new PaperBlock(BlockKind.Heading, line, page));
            }
            else if (bullet.Success && !number.Success && line.Length > bullet.Length)
                AddItem(line[bullet.Length..], page);
            else if (number.Success && line.Length > number.Length)
                Blocks.Add(new PaperBlock(BlockKind.Numbered, line[number.Length..].Trim(), page, number.Groups["n"].Value));
            else if (!newBlock && last is { Kind: not BlockKind.Heading })
                Blocks[^1] = last with { Text = last.Text + " " + line };
            else
                Blocks.Add(new PaperBlock(BlockKind.Paragraph, line, page));
        }

        private void AddItem(string text, int page)
        {
            var number = NumberMark().Match(text);
            Blocks.Add(number.Success && text.Length > number.Length
                ? new PaperBlock(BlockKind.Numbered, text[number.Length..].Trim(), page, number.Groups["n"].Value)
                : new PaperBlock(BlockKind.Bullet, text.Trim(), page));
        }
    }

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^(?:[-•▪◦·*o]|\uF0B7)\s+")]
    private static partial Regex BulletMark();

    /// <summary>"1.)", "2.", "3)", "a.", "(b)" at the start of a list item; "2. WEST MIDLANDS" headings are caught before this.</summary>
    [GeneratedRegex(@"^\(?(?<n>\d{1,2}|[a-h])(?:\.\)|\.|\))\s+")]
    private static partial Regex NumberMark();

    [GeneratedRegex(@"<[^>]{0,200}>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"</p>|</li>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineTags();
}
