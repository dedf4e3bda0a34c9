using System.Text;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Drafting;
using InspectionSite.Content.Model;
using InspectionSite.Content.Papers;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;
using Xunit.Abstractions;

namespace InspectionSite.Tests;

/// <summary>
/// How much of today's input a draft finds in the three papers, from their text and from PDFs made of them, and how
/// many of the facts it proposes are wrong (match nothing in the input). docs/editors-guide.md gives the table this prints.
/// </summary>
public sealed class DraftMeasurementTests(ITestOutputHelper output)
{
    private static readonly string[] Meetings = ["2022-03-31", "2022-06-30", "2022-09-29"];

    /// <summary>What the input says a paper states, fact by fact, for a draft to find.</summary>
    private sealed record Expected(FactKind Kind, string Name, Func<Fact, bool> Matches);

    [Trait("Speed", "Slow")]
    [Fact]
    public void The_draft_finds_most_of_the_inputs_facts_and_proposes_few_wrong_ones()
    {
        var content = new InputReader(Repository.Input, new DiagnosticBag()).Read();
        using var folder = new TempFolder();
        var table = new StringBuilder("| paper | from | kind | facts in input/ | found | proposed | wrong |\n|---|---|---|---|---|---|---|\n");
        var (allExpected, allFound, allProposed, allWrong) = (0, 0, 0, 0);
        foreach (var meeting in Meetings)
        {
            var expected = ExpectedFacts(content, meeting);
            var pdfPath = folder[meeting + ".pdf"];
            File.WriteAllBytes(pdfPath, TestPdf.FromTranscriptFile(PaperPdfTests.Transcript(meeting)));
            var sources = new[]
            {
                ("text", PaperBlocks.FromText(File.ReadAllText(PaperPdfTests.Transcript(meeting)))),
                ("PDF", PaperBlocks.FromPdf(PdfReading.Read(pdfPath, meeting).Pdf!)),
            };
            foreach (var (from, blocks) in sources)
            {
                var facts = FactFinder.Find(blocks);
                foreach (var kind in Enum.GetValues<FactKind>())
                {
                    var want = expected.Where(e => e.Kind == kind).ToList();
                    var got = facts.Where(f => f.Kind == kind && Proposed(f)).ToList();
                    var found = want.Count(e => got.Any(e.Matches));
                    var wrong = got.Count(f => !want.Any(e => e.Matches(f)));
                    foreach (var missed in want.Where(e => !got.Any(e.Matches))) output.WriteLine($"{meeting} {from}: missed {kind} {missed.Name}");
                    foreach (var bad in got.Where(f => !want.Any(e => e.Matches(f)))) output.WriteLine($"{meeting} {from}: wrong {kind} {bad.Text} ({bad.Detail})");
                    table.Append($"| {meeting} | {from} | {kind} | {want.Count} | {found} | {got.Count} | {wrong} |\n");
                    (allExpected, allFound, allProposed, allWrong) = (allExpected + want.Count, allFound + found, allProposed + got.Count, allWrong + wrong);
                }
            }
        }
        table.Append($"| all | both | all | {allExpected} | {allFound} | {allProposed} | {allWrong} |\n");
        output.WriteLine(table.ToString());
        Assert.True(allFound >= allExpected * 0.7, $"found {allFound} of {allExpected}");
        Assert.True(allWrong <= allProposed * 0.3, $"{allWrong} of {allProposed} wrong");
    }

    /// <summary>A count of inspections or reports is listed in the review but proposes no row; the rest do.</summary>
    private static bool Proposed(Fact fact) => fact.Kind != FactKind.Count || ValueSets.Measures.Names.Contains(fact.Detail!);

    private static List<Expected> ExpectedFacts(ContentSet content, string meeting)
    {
        var atMeeting = content.Progress.Where(p => p.MeetingId == meeting).Select(p => p.RecommendationId).ToHashSet();
        var items = content.Recommendations.Where(r => r.StatedIn?.MeetingId == meeting || atMeeting.Contains(r.Id)).ToList();
        var paper = content.Meetings.Single(m => m.Id == meeting);
        var expected = new List<Expected>();
        foreach (var item in items.Where(r => r.Reference is not null))
            expected.Add(new(FactKind.ReferenceNumber, item.Reference!, f => f.Text == item.Reference));
        foreach (var item in items.Where(r => r.Reference is null && r.Number is not null && r.StatedIn?.MeetingId == meeting))
        {
            var report = content.Reports.Single(r => r.Id == item.ReportId);
            var words = Sentences.Words(Sentences.Normalise(item.Text)).ToHashSet();
            expected.Add(new(FactKind.Item, item.Id, f => f.Text == item.Number && f.Detail is { } title && KnownFacts.SameTitle(title, report.Title)
                && Sentences.Overlap(Sentences.Words(Sentences.Normalise(f.Sentence)), words) >= 0.5));
        }
        foreach (var item in items.Where(r => r.Timescale is not null && (r.StatedIn?.MeetingId == meeting || r.Reference is not null)))
            expected.Add(new(FactKind.Timescale, $"{item.Id}: {item.Timescale!.Text}", f => Sentences.Normalise(f.Text) == Sentences.Normalise(item.Timescale.Text)
                && (f.Detail is { } reference ? reference == item.Reference : Sentences.Overlap(Sentences.Words(Sentences.Normalise(f.Sentence)), Sentences.Words(Sentences.Normalise(item.Text)).ToHashSet()) >= 0.5)));
        foreach (var report in content.Reports.Where(r => r.StatedIn?.MeetingId == meeting || paper.ReportIds.Contains(r.Id)))
            expected.Add(new(FactKind.Report, report.Title, f => KnownFacts.SameTitle(f.Text, report.Title) && f.Detail == report.Published?.Written));
        foreach (var inspection in content.Inspections.Where(i => i.StatedIn?.MeetingId == meeting || paper.InspectionIds.Contains(i.Id)))
            expected.Add(new(FactKind.Inspection, inspection.Title, f => KnownFacts.SameTitle(f.Text, inspection.Title)));
        foreach (var progress in content.Progress.Where(p => p.MeetingId == meeting && p.Rag is not null))
            expected.Add(new(FactKind.Rag, $"{progress.RecommendationId}: {progress.Rag}", f => f.Text == progress.Rag.ToString()));
        foreach (var total in content.Totals.Where(t => t.MeetingId == meeting))
            expected.Add(new(FactKind.Count, $"{KnownFacts.MeasureName(total.Measure)} {total.Figure.Value}", f => KnownFacts.SameFigure(f.Text, total.Figure) && f.Detail == KnownFacts.MeasureName(total.Measure)));
        return expected;
    }
}
