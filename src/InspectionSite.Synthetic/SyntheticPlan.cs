using InspectionSite.Content.Model;

namespace InspectionSite.Synthetic;

public sealed record PlannedInspection(string Id, string Title, InspectionKind Kind, bool? InForce, DateOnly FieldworkStart, IReadOnlyList<string> Topics, bool HasBody);

public sealed record PlannedReport(string Id, string Title, InspectionKind Kind, DateOnly Published, string? InspectionId, IReadOnlyList<string> Topics);

public sealed record PlannedItem(string Id, string? Reference, ItemKind Kind, PlannedReport Report, int Number, string Text, string Timescale, string Owner);

public sealed record PlannedMeeting(string Id, DateOnly Date);

public sealed record PlannedProgress(PlannedItem Item, PlannedMeeting Meeting, ItemStatus Status, Rag? Rag, string Note);

/// <summary>
/// The facts of a synthetic input, drawn from one seeded random stream: who raised what, when, and
/// how each item moved through its statuses at later meetings. Writing them out is <see cref="SyntheticWriter"/>'s job.
/// </summary>
public sealed class SyntheticPlan
{
    private static readonly InspectionKind[] InspectionKinds = Kinds("peel", "thematic", "jtai", "super-complaint", "engagement");
    private static readonly InspectionKind[] ReportKinds = Kinds("peel", "thematic", "jtai", "super-complaint", "spotlight");
    private static readonly string[] Topics = ["Child protection", "Domestic abuse", "Hate crime", "Stalking", "Vetting", "Custody", "Call handling", "Fraud", "Rape and sexual offences", "Serious youth violence"];
    private static readonly string[] Timescales = ["Immediately", "Within three months", "Within six months", "Within 12 months", "By March 2026", ""];
    private static readonly string[] Owners = ["Crime portfolio", "Public protection portfolio", "Force contact", "Professional standards", "People and organisational development", ""];
    private static readonly DateOnly FirstMeeting = new(2014, 1, 15);

    public SyntheticPlan(SyntheticScale scale)
    {
        var random = new Random(scale.Seed);
        Prose = new Prose(random);
        Meetings = Enumerable.Range(0, scale.Meetings)
            .Select(i => FirstMeeting.AddDays(i * 21))
            .Select(date => new PlannedMeeting(date.ToString("yyyy-MM-dd"), date))
            .ToList();
        var lastMeeting = Meetings[^1].Date;

        Inspections = Enumerable.Range(1, scale.Inspections)
            .Select(i => new PlannedInspection($"inspection-{i:0000}", $"Inspection {i}: {Prose.Phrase(random.Next(3, 6)).ToLowerInvariant()}",
                InspectionKinds[random.Next(InspectionKinds.Length)], (i % 3) switch { 0 => true, 1 => false, _ => (bool?)null },
                FirstMeeting.AddDays(random.Next(0, lastMeeting.DayNumber - FirstMeeting.DayNumber)), Pick(random, Topics, 2), HasBody: i % 2 == 0))
            .ToList();

        Reports = Enumerable.Range(1, scale.Reports)
            .Select(i => new PlannedReport($"report-{i:00000}", $"Report {i}: {Prose.Phrase(random.Next(4, 8)).ToLowerInvariant()}",
                ReportKinds[random.Next(ReportKinds.Length)],
                FirstMeeting.AddDays(random.Next(-120, lastMeeting.DayNumber - FirstMeeting.DayNumber)),
                random.Next(3) == 0 ? null : Inspections[random.Next(Inspections.Count)].Id, Pick(random, Topics, 2)))
            .ToList();

        var numberInReport = new Dictionary<PlannedReport, int>();
        Items = Enumerable.Range(1, scale.Recommendations)
            .Select(i =>
            {
                var report = Reports[random.Next(Reports.Count)];
                var number = numberInReport[report] = numberInReport.GetValueOrDefault(report) + 1;
                var roll = random.Next(100);
                var kind = roll < 70 ? ItemKind.Recommendation : roll < 95 ? ItemKind.AreaForImprovement : ItemKind.CauseOfConcern;
                var reference = random.Next(5) < 3 ? (10000 + i).ToString() : null;
                return new PlannedItem(reference ?? $"{report.Id}-{number}", reference, kind, report, number, Prose.Sentence(14, 30),
                    Timescales[random.Next(Timescales.Length)], Owners[random.Next(Owners.Length)]);
            })
            .ToList();

        Progress = Items.SelectMany(item => History(item, random)).ToList();
    }

    public Prose Prose { get; }

    public IReadOnlyList<PlannedInspection> Inspections { get; }

    public IReadOnlyList<PlannedReport> Reports { get; }

    public IReadOnlyList<PlannedItem> Items { get; }

    /// <summary>Oldest first, three weeks apart.</summary>
    public IReadOnlyList<PlannedMeeting> Meetings { get; }

    public IReadOnlyList<PlannedProgress> Progress { get; }

    /// <summary>Up to five reports at distinct later meetings, each status the same as the last or further on.</summary>
    private IEnumerable<PlannedProgress> History(PlannedItem item, Random random)
    {
        var later = Meetings.Where(m => m.Date > item.Report.Published).ToList();
        var count = Math.Min(later.Count, random.Next(0, 6));
        var chosen = Enumerable.Range(0, count).Select(_ => later[random.Next(later.Count)]).Distinct().OrderBy(m => m.Date).ToList();
        var status = ItemStatus.Open;
        foreach (var meeting in chosen)
        {
            status = (ItemStatus)Math.Min((int)ItemStatus.SignedOffByHmicfrs, (int)status + random.Next(0, 2));
            var rag = random.Next(4) switch { 0 => Rag.Red, 1 => Rag.Amber, 2 => Rag.Green, _ => (Rag?)null };
            yield return new PlannedProgress(item, meeting, status, rag, Prose.Paragraph(random.Next(10, 40)));
        }
    }

    private static InspectionKind[] Kinds(params string[] names) => names.Select(name => new InspectionKind(name)).ToArray();

    private static IReadOnlyList<string> Pick(Random random, string[] from, int count) =>
        Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]).Distinct().ToList();
}
