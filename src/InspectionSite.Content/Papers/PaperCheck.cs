using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Drafting;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Papers;

/// <summary>
/// Proves the site says what the paper says: each sentence of a meeting's PDF is looked for in everything the site
/// takes from that paper (the meeting's Markdown, and the rows, bodies, notes and quotes that cite it). A sentence none
/// of them carries, or that they word differently, is a warning at its page of the PDF.
/// </summary>
public static class PaperCheck
{
    /// <summary>Sentences shorter than this are headings' fragments, list labels and page furniture.</summary>
    private const int ShortestSentence = 5;

    /// <summary>A site sentence holding this share of a paper sentence's words is the same sentence, worded differently.</summary>
    private const double SameSentence = 0.6;

    public static IReadOnlyList<Diagnostic> Compare(ContentSet content) =>
        content.Meetings.Where(m => m.Pdf is not null).SelectMany(m => Compare(m.Pdf!, SiteTextsFrom(content, m.Id))).ToList();

    public static IEnumerable<Diagnostic> Compare(PaperPdf pdf, IEnumerable<string> siteTexts)
    {
        var texts = siteTexts.ToList();
        var whole = " " + string.Join(" \n ", texts.Select(Sentences.Normalise)) + " ";
        var siteSentences = texts.SelectMany(t => Sentences.Of(t.Replace('\n', ' ')))
            .Select(s => (Text: s, Words: Sentences.Words(Sentences.Normalise(s)).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var wholeWords = siteSentences.SelectMany(s => s.Words).ToHashSet(StringComparer.Ordinal);
        foreach (var block in PaperBlocks.FromPdf(pdf))
        foreach (var sentence in Sentences.Of(block.Text))
        {
            var normal = Sentences.Normalise(sentence);
            var words = Sentences.Words(normal);
            if (words.Length < ShortestSentence || whole.Contains(normal, StringComparison.Ordinal)) continue;
            var location = new SourceLocation(pdf.File, block.Page, 1);
            var best = siteSentences.MaxBy(s => Sentences.Overlap(words, s.Words));
            if (best.Words is not null && Sentences.Overlap(words, best.Words) >= SameSentence)
                yield return new Diagnostic(location, $"Page {block.Page} of the paper says “{sentence}”; the site words it differently: “{best.Text}”.",
                    "Quote the paper's words where the site gives this, unless the difference is meant (then ignore this warning).");
            else if (Sentences.Overlap(words, wholeWords) < 1)
                yield return new Diagnostic(location, $"Page {block.Page} of the paper says “{sentence}”, which nothing on the site that cites this paper carries.",
                    "Add it to the meeting's Markdown, or to the report, item or note it belongs to, if the site should say it.");
        }
    }

    /// <summary>Everything the site takes from the paper of <paramref name="meetingId"/>.</summary>
    public static IEnumerable<string> SiteTextsFrom(ContentSet content, string meetingId)
    {
        bool From(PaperSource? source) => source?.MeetingId == meetingId;
        foreach (var meeting in content.Meetings.Where(m => m.Id == meetingId))
        {
            yield return meeting.Body.Source;
            yield return meeting.Summary;
            yield return $"Name: {meeting.ContactOfficer} Title: {meeting.ContactTitle}";
            foreach (var document in meeting.Documents) yield return document.Title;
        }
        foreach (var report in content.Reports.Where(r => From(r.StatedIn)))
        {
            yield return report.Title;
            if (report.Body is { } body) yield return body.Source;
        }
        foreach (var inspection in content.Inspections.Where(i => From(i.StatedIn)))
        {
            yield return inspection.Title;
            if (inspection.Body is { } body) yield return body.Source;
        }
        foreach (var item in content.Recommendations.Where(r => From(r.StatedIn))) yield return item.Text;
        foreach (var note in content.Progress.Where(p => p.MeetingId == meetingId)) yield return note.Note ?? "";
        foreach (var total in content.Totals.Where(t => t.MeetingId == meetingId)) yield return total.Quote ?? "";
        foreach (var claim in content.Claims.Where(c => c.MeetingId == meetingId)) yield return claim.Quote ?? "";
        foreach (var e in content.InspectionEvents.Where(e => From(e.PaperSource))) yield return e.Note ?? "";
    }
}
