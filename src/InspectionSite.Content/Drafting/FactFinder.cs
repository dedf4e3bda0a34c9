using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Drafting;

/// <summary>The kinds of fact a draft looks for in a paper, in the order its review lists them.</summary>
public enum FactKind { ReferenceNumber, Item, Report, Inspection, Timescale, Rag, Count }

/// <summary>
/// A fact found in a paper: what it is (a reference number, an item's number in its report, a report's title, a
/// timescale's words, a figure), a detail (the report's publication date, the title of the report an item is of, the
/// inspection's dates as given, the reference number a timescale belongs to, what a figure counts), and the sentence,
/// page and heading it came from.
/// </summary>
/// <param name="ItemKind">For a reference number, the kind of item its section speaks of: cause-of-concern or recommendation.</param>
public sealed record Fact(FactKind Kind, string Text, string? Detail, string Sentence, int Page, string? Section, string? ItemKind = null);

/// <summary>
/// Finds the facts a committee paper states in the shapes HMICFRS updates write them: "(Recommendation 9159)",
/// "… published on 30th June 2022", a numbered list of inspections with their dates in brackets, "Within six months",
/// "Red", "the remaining 45 recommendations". Each is a guess for the editor to confirm, with its sentence beside it.
/// </summary>
public static partial class FactFinder
{
    public static IReadOnlyList<Fact> Find(IReadOnlyList<PaperBlock> blocks)
    {
        var facts = new List<Fact>();
        string? section = null;
        var inspectionList = false;
        var concerns = false;
        (string? Title, string? Section) report = (null, null); // the report whose items follow its title, and the heading it is under
        string? itemHeading = null; // "Recommendation 1.)": the item's words are the next block
        var itemList = false;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Heading && itemHeading is not null)
                facts.Add(new Fact(FactKind.Item, itemHeading, report.Title, block.Text, block.Page, report.Section ?? section));
            else if (block is { Kind: BlockKind.Numbered, Number: { } n } && itemList && char.IsAsciiDigit(n[0]) && Worded().IsMatch(block.Text) && !ReferenceNumber().IsMatch(block.Text))
                facts.Add(new Fact(FactKind.Item, n, report.Title, block.Text, block.Page, report.Section ?? section));
            itemHeading = block.Kind == BlockKind.Heading && ItemHeading().Match(block.Text) is { Success: true } item ? item.Groups["n"].Value : null;
            if (block.Kind == BlockKind.Heading) itemList = false;
            else if (block.Kind == BlockKind.Paragraph) itemList = ItemsLead().IsMatch(block.Text);

            if (block.Kind == BlockKind.Heading) (section, concerns) = (block.Text, false);
            concerns |= Concern().IsMatch(block.Text);
            var sentences = Sentences.Of(block.Text).ToList();
            string? reference = null; // a timescale belongs to the reference number before it in its block
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                Fact Make(FactKind kind, string text, string? detail = null) => new(kind, text.Trim(), detail, sentence, block.Page, section);
                foreach (Match m in ReferenceNumber().Matches(sentence))
                {
                    reference = m.Groups["n"].Value;
                    facts.Add(Make(FactKind.ReferenceNumber, reference, AreaBefore(sentence, m.Index)) with
                        { Sentence = WordsOfItem(sentences, i), ItemKind = concerns ? "cause-of-concern" : "recommendation" });
                }
                foreach (Match m in Timescale().Matches(sentence))
                    facts.Add(Make(FactKind.Timescale, m.Value, reference));
                foreach (Match m in RagWord().Matches(sentence)) facts.Add(Make(FactKind.Rag, m.Value));
                foreach (Match m in Figure().Matches(sentence))
                    facts.Add(Make(FactKind.Count, (m.Groups["bound"].Value + m.Groups["n"].Value).Trim(), MeasureOf(m, sentence)));
                foreach (Match m in NamedInspection().Matches(sentence))
                    facts.Add(Make(FactKind.Inspection, m.Groups["title"].Value));
            }
            // A title and its date can be two sentences: "Solihull JTAI Report following …. Published 21st February 2022."
            if (Published().Match(block.Text) is { Success: true } published)
            {
                report = (TitleOf(published.Groups["title"].Value), section);
                facts.Add(new Fact(FactKind.Report, report.Title, DateOf(published), published.Value, block.Page, section));
            }
            // Inspections are listed, one an item or a short line, after a paragraph that introduces them, until the next heading.
            var isItem = block.Kind is BlockKind.Numbered or BlockKind.Bullet
                || (block.Kind == BlockKind.Paragraph && sentences.Count == 1 && DateBracket().IsMatch(block.Text));
            if (block.Kind == BlockKind.Heading) inspectionList = false;
            else if (isItem && inspectionList && Inspection(block.Text) is var (title, when))
                facts.Add(new Fact(FactKind.Inspection, title, when, sentences.FirstOrDefault() ?? block.Text, block.Page, section));
            else if (!isItem) inspectionList |= InspectionLead().IsMatch(block.Text);
        }
        return facts;
    }

    /// <summary>An item's sentence and those after it, up to the next reference number: "Hate Crime (Recommendation 9159). Within three months …".</summary>
    private static string WordsOfItem(List<string> sentences, int at)
    {
        var end = at + 1;
        while (end < sentences.Count && end < at + 3 && !ReferenceNumber().IsMatch(sentences[end])) end++;
        return string.Join(' ', sentences[at..end]);
    }

    /// <summary>
    /// "Thematic Inspection of Digital Forensics (W/C 4th April)." → its title and its dates as given. The title ends at
    /// its first full stop or at a bracket of dates; "(JTAI)" is part of the title. An item starting "A" or "An" names a
    /// kind of inspection ("A National Thematic Inspection"), not one.
    /// </summary>
    private static (string Title, string? When)? Inspection(string item)
    {
        var head = FirstSentence().Match(item).Value;
        var dates = DateBracket().Match(head);
        var title = TitleOf(dates.Success ? head[..dates.Index] : head);
        if (!InspectionWord().IsMatch(title) || title.StartsWith("A ", StringComparison.Ordinal) || title.StartsWith("An ", StringComparison.Ordinal)) return null;
        return (title, dates.Success ? dates.Groups["when"].Value.Trim() : null);
    }

    /// <summary>"Crimes Against Older People (Recommendation 10618)" → the area before the bracket.</summary>
    private static string? AreaBefore(string sentence, int at)
    {
        var before = sentence[..at].TrimEnd(' ', '(');
        return before.Length is > 0 and < 60 && !before.Contains('.') ? before.Trim() : null;
    }

    private static string TitleOf(string text) => text.Trim().TrimEnd('.', ',', ';', ':', '–', '-', ' ').Trim();

    private static string DateOf(Match m)
    {
        var text = $"{m.Groups["day"].Value} {m.Groups["month"].Value} {m.Groups["year"].Value}".Trim();
        return DateOnly.TryParseExact(text, ["d MMMM yyyy", "MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? m.Groups["day"].Success ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>
    /// What a figure counts, as a totals measure: signed off when the sentence says so after it ("three causes of concern
    /// have been signed off") or the nearest word before it is "sign off"; open when that word is "remaining", "currently"…
    /// </summary>
    private static string MeasureOf(Match m, string sentence)
    {
        var noun = m.Groups["noun"].Value.ToLowerInvariant();
        var what = noun.StartsWith("recommendation") ? "recommendations" : noun.StartsWith("area") ? "areas-for-improvement" : noun.StartsWith("cause") ? "causes-of-concern" : noun;
        if (what is not ("recommendations" or "areas-for-improvement" or "causes-of-concern")) return what;
        var after = sentence[(m.Index + m.Length)..];
        if (SignedOffAfter().IsMatch(after)) return what + "-signed-off";
        var before = sentence[..m.Index];
        var signed = Math.Max(before.LastIndexOf("sign off", StringComparison.OrdinalIgnoreCase), before.LastIndexOf("signed off", StringComparison.OrdinalIgnoreCase));
        var open = OpenWords().Matches(before).Select(o => o.Index).DefaultIfEmpty(-1).Max();
        return signed < 0 && open < 0 ? what : what + (signed > open ? "-signed-off" : "-open");
    }

    /// <summary>The timescale an item's words begin or hold ("By March 2023, forces should …"), or null.</summary>
    public static string? TimescaleIn(string words) => Timescale().Match(words) is { Success: true } m ? m.Value : null;

    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex(@"\bRecommendation\s+(?<n>\d{4,6})\b")]
    private static partial Regex ReferenceNumber();

    [GeneratedRegex(@"^(?<title>.{8,250}?)[.,]?\s+[Pp]ublished(?:\s+on)?\s+(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>" + Months + @")\s+(?<year>\d{4})")]
    private static partial Regex Published();

    [GeneratedRegex(@"\b(?:Immediately|[Ww]ithin\s+(?:\w+)\s+(?:weeks?|months?|years?)|By\s+(?:\d{1,2}\s+)?(?:" + Months + @")\s+\d{4})\b")]
    private static partial Regex Timescale();

    [GeneratedRegex(@"\b(?:Red|Amber|Green)\b")]
    private static partial Regex RagWord();

    [GeneratedRegex(@"(?<bound>(?:over|more than)\s+)?(?<![\d.,])\b(?<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:new|further|national|remaining|outstanding|open)\s+)?(?<noun>recommendations?|areas?\s+for\s+improvement|causes?\s+(?:of|for)\s+concern|inspections|reports)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\s*(?:have|has)?\s*(?:now\s+)?(?:been\s+)?signed\s+off", RegexOptions.IgnoreCase)]
    private static partial Regex SignedOffAfter();

    [GeneratedRegex(@"\b(?:remaining|currently|outstanding|still open|continue|towards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenWords();

    /// <summary>A paragraph that introduces a list of inspections: "there have been five inspections", "notifications of … inspections".</summary>
    [GeneratedRegex(@"\binspections?\b|\bnotification", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionLead();

    /// <summary>
    /// An inspection running text names as one, with its year or its own capitalised name: "The 2021 PEEL inspection
    /// concluded …", "… the Spring Data Request." A kind of inspection ("a PEEL inspection") has neither.
    /// </summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?<title>(?:19|20)\d{2}\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}[Ii]nspection|(?:\p{Lu}[\p{L}-]*\s+){1,3}Data\s+Request)\b")]
    private static partial Regex NamedInspection();

    [GeneratedRegex(@"^.*?(?:\.(?=\s+\p{Lu})|$)")]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"\s*[–-]?\s*\((?<when>[^)]*(?:\d|" + Months + @"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|W/C|Early|Late|Mid|TBC|Spring|Summer|Autumn|Winter)[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex DateBracket();

    [GeneratedRegex(@"Inspection|Super-complaint|Workshop|JTAI", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionWord();

    /// <summary>A heading that is an item's number in its report: "Recommendation 1.)", "Recommendation 2".</summary>
    [GeneratedRegex(@"^(?:Recommendation|Area for improvement|Cause of concern)\s+(?<n>\d{1,2})\s*\.?\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemHeading();

    /// <summary>A paragraph that introduces a report's numbered items: "nine recommendations have been made, of which three are police-specific:".</summary>
    [GeneratedRegex(@"\b(?:recommendations|areas for improvement|causes of concern)\b.*:$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemsLead();

    /// <summary>An item is worded as what someone should do; a list of inspections or documents is not.</summary>
    [GeneratedRegex(@"\bshould\b")]
    private static partial Regex Worded();

    [GeneratedRegex(@"causes?\s+(?:of|for)\s+concern", RegexOptions.IgnoreCase)]
    private static partial Regex Concern();
}
