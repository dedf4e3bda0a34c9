using System.Text;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticPlan"/> as an input folder shaped exactly like the real one: each CSV file is
/// written from model records by its table's schema, and the Markdown has the same front matter as the real
/// files and bodies that link to other pages and mention items by reference.
/// </summary>
public sealed class SyntheticWriter(SyntheticPlan plan, string folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly SourceLocation Nowhere = new("", 0, 0);

    public void Write()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var sub in new[] { "inspections", "reports", "meetings", "pages" }) Directory.CreateDirectory(Path.Combine(folder, sub));

        Save("site.yml", "title: \"Synthetic inspections and recommendations\"\norganisation: \"Office of a synthetic Police and Crime Commissioner\"\n" +
                         "description: \"Generated data for measuring the build; none of it is real.\"\ndata_licence: \"Open Government Licence v3.0\"\n" +
                         "base_url: \"https://inspections.example.org\"\nstale_after_meetings: 3\n");
        WriteInspections();
        WriteReports();
        WriteRecommendations();
        WriteProgress();
        WriteMeetings();
        WriteTotals();
        WriteClaims();
        WriteCorrections();
        Save("pages/about.md", "---\ntitle: \"About this site\"\nsummary: \"Synthetic data for measuring the build.\"\n---\n\n" + plan.Prose.Paragraph(120) + "\n");
        Save("pages/accessibility.md", "---\ntitle: \"Accessibility statement\"\n---\n\n" + plan.Prose.Paragraph(80) + "\n");
    }

    private void WriteInspections()
    {
        foreach (var i in plan.Inspections.Where(i => i.HasBody))
            Save($"inspections/{i.Id}.md", plan.Prose.Paragraph(80) + "\n\n## Findings\n\n" + plan.Prose.Paragraph(60) + "\n");
        Save(InspectionsTable.Schema, plan.Inspections.Select(i => new Inspection(i.Id, i.Title, i.Kind, i.InForce,
            ["Force A", "Force B"], ["HMICFRS"], i.Topics, Body: null, Nowhere,
            PaperOn(i.FieldworkStart, InspectionsSection))));
        Save(InspectionEventsTable.Schema, plan.Inspections.SelectMany(Events));
    }

    /// <summary>
    /// Fieldwork, reported by the first paper on or after it; every third inspection was notified at the paper before,
    /// with the month it was expected; every fifth had a hot debrief the paper gives no date for.
    /// </summary>
    private IEnumerable<InspectionEvent> Events(PlannedInspection inspection, int n)
    {
        var at = plan.Meetings.ToList().FindIndex(m => m.Date >= inspection.FieldworkStart);
        if (at < 0) at = plan.Meetings.Count - 1;
        var reportedAt = plan.Meetings[at];
        if (n % 3 == 0 && at > 0)
        {
            var expected = new PartialDate(new DateOnly(inspection.FieldworkStart.Year, inspection.FieldworkStart.Month, 1), DatePrecision.Month, IsExpected: true);
            yield return new InspectionEvent(inspection.Id, EventKind.Notified, null, new PaperSource(plan.Meetings[at - 1].Id),
                $"Notified for {expected.Display[("expected ".Length)..]}", Nowhere);
            yield return new InspectionEvent(inspection.Id, EventKind.Fieldwork, expected, new PaperSource(plan.Meetings[at - 1].Id), null, Nowhere);
        }
        yield return new InspectionEvent(inspection.Id, EventKind.Fieldwork, new PartialDate(inspection.FieldworkStart, DatePrecision.Week),
            new PaperSource(reportedAt.Id), $"W/C {inspection.FieldworkStart:d MMMM yyyy}", Nowhere);
        if (n % 5 == 0)
            yield return new InspectionEvent(inspection.Id, EventKind.HotDebrief, null, new PaperSource(reportedAt.Id), "During the hot debrief HMICFRS noted good practice.", Nowhere);
    }

    private void WriteReports()
    {
        var itemsByReport = plan.Items.ToLookup(i => i.Report);
        for (var n = 0; n < plan.Reports.Count; n++)
        {
            var r = plan.Reports[n];
            var items = itemsByReport[r].ToList();
            var other = plan.Reports[(n + 1) % plan.Reports.Count];
            var links = new List<string> { $"[{other.Title}](/reports/{other.Id}/)" };
            links.AddRange(items.Take(2).Select(i => $"[item {i.Number}](/recommendations/{i.Id}/)"));
            if (r.InspectionId is { } inspection) links.Add($"[the inspection](/inspections/{inspection}/)");
            Save($"reports/{r.Id}.md", plan.Prose.Body(links, References(items)));
        }
        // A report with items tracks them; of those without, some made none and of others the papers do not say.
        Save(ReportsTable.Schema, plan.Reports.Select((r, n) => new Report(r.Id, r.Title, r.Kind, PublishedAsWritten(r, n), r.InspectionId, n % 2 == 0,
            n % 7 == 0 ? "Requires improvement" : null, $"https://www.justiceinspectorates.gov.uk/hmicfrs/publications/{r.Id}/", r.Topics, Body: null, Nowhere,
            PaperAfter(r.Published, ReportsSection), itemsByReport[r].Any() ? ReportItems.Tracked : n % 2 == 0 ? ReportItems.NoneMade : null)));
    }

    /// <summary>Most papers give the day; some only the month, and a few not at all, as real papers do.</summary>
    private static PartialDate? PublishedAsWritten(PlannedReport report, int n) => (n % 13) switch
    {
        5 => new PartialDate(new DateOnly(report.Published.Year, report.Published.Month, 1), DatePrecision.Month),
        11 => null,
        _ => PartialDate.Day(report.Published),
    };

    /// <summary>
    /// Every 25th item without a reference number stands for four the paper counts but does not word; some timescales
    /// cover only part of their item, as "Write … within six months" does.
    /// </summary>
    private void WriteRecommendations() =>
        Save(RecommendationsTable.Schema, plan.Items.Select((i, n) => IsCounted(i, n)
            ? new Recommendation(i.Id, i.Kind, i.Report.Id, null, null, null, "", null, null, null, [i.Report.Topics[0]], Nowhere,
                PaperAfter(i.Report.Published, ReportsSection), Count: 4)
            : new Recommendation(i.Id, i.Kind, i.Report.Id, i.Reference, i.Number.ToString(), i.Report.Topics[0],
                i.Text, "Chief constables", Timescale.TryParse(i.Timescale, out var timescale) ? timescale : null, NullIfEmpty(i.Owner), [i.Report.Topics[0]], Nowhere,
                PaperAfter(i.Report.Published, ReportsSection), timescale is not null && i.Number % 9 == 0 ? TimescaleScope.Part : TimescaleScope.Whole)));

    private static bool IsCounted(PlannedItem item, int n) => item.Reference is null && n % 25 == 0;

    /// <summary>Every progress row cites its part of the paper; some sign-offs are inferred, as papers that count without naming make them.</summary>
    private void WriteProgress() =>
        Save(ProgressTable.Schema, plan.Progress.Select(p => p.Status >= ItemStatus.SignedOffByForce && p.Item.Number % 7 == 0
            ? new ProgressEntry(p.Item.Id, p.Meeting.Id, p.Status, p.Rag, p.Note, Nowhere, ProgressSection, Certainty.Inferred,
                "The paper counts the items signed off without naming them, and this one is not among those it names as remaining.")
            : new ProgressEntry(p.Item.Id, p.Meeting.Id, p.Status, p.Rag, p.Note, Nowhere, ProgressSection)));

    /// <summary>The headings every synthetic paper has, which sources name.</summary>
    private const string InspectionsSection = "Inspections", ReportsSection = "Published inspection reports", ProgressSection = "Progress on recommendations";

    /// <summary>The paper of the first meeting on or after a date, which would report what happened then; null after the last meeting.</summary>
    private PaperSource? PaperOn(DateOnly date, string section) =>
        plan.Meetings.FirstOrDefault(m => m.Date >= date) is { } meeting ? new PaperSource(meeting.Id, section) : null;

    /// <summary>The paper of the first meeting after a date: a paper reports what was published before its meeting.</summary>
    private PaperSource? PaperAfter(DateOnly date, string section) => PaperOn(date.AddDays(1), section);

    /// <summary>A correction to the first item's page, so that the corrections log is drawn.</summary>
    private void WriteCorrections() =>
        Save(CorrectionsTable.Schema, plan.Items.Take(1).Select(i => new Correction(plan.Meetings[^1].Date, $"/recommendations/{i.Id}/",
            "Its status is shown as inferred, with the reason, rather than as stated.", "The paper counts the items signed off without naming them.", Nowhere)));

    private void WriteMeetings()
    {
        var progressAt = plan.Progress.ToLookup(p => p.Meeting);
        var reportsBetween = plan.Reports.OrderBy(r => r.Published).ToList();
        var previous = DateOnly.MinValue;
        var n = 0;
        foreach (var meeting in plan.Meetings)
        {
            var published = reportsBetween.Where(r => r.Published >= previous && r.Published < meeting.Date).Take(3).ToList();
            var reported = progressAt[meeting].Select(p => p.Item).ToList();
            var links = published.Select(r => $"[{r.Title}](/reports/{r.Id}/)").ToList();
            if (meeting != plan.Meetings[0]) links.Add($"[the previous meeting](/meetings/{Iso(previous)}/)");
            var front = new StringBuilder("---\n")
                .Append($"title: \"Joint Audit Committee, {meeting.Date:d MMMM yyyy}\"\n")
                .Append("committee: \"Joint Audit Committee\"\n")
                .Append($"date: {Iso(meeting.Date)}\n")
                .Append("agenda_item: \"07\"\npaper: \"HMICFRS update\"\n")
                .Append($"summary: \"The paper reports progress on {reported.Count} items and presents {published.Count} new reports.\"\n");
            // Half the papers say why each report is on the agenda; the others only list them.
            if (published.Count > 0 && n++ % 2 == 0)
                front.Append("reports:\n").AppendJoin("", published.Select(r => $"  {r.Id}: published-since-last-meeting\n"))
                    .Append("documents:\n").AppendJoin("", published.Select(r => $"  - title: \"HMICFRS: {r.Title}\"\n    kind: background\n    url: https://www.justiceinspectorates.gov.uk/hmicfrs/publications/{r.Id}/\n"));
            else if (published.Count > 0) front.Append("reports:\n").AppendJoin("", published.Select(r => $"  - {r.Id}\n"));
            front.Append("---\n\n");
            var cited = $"## {InspectionsSection}\n\nThe inspections of the period.\n\n## {ReportsSection}\n\nThe reports published since the previous meeting.\n\n## {ProgressSection}\n\nWhere each item stands.\n\n";
            Save($"meetings/{meeting.Id}.md", front + cited + plan.Prose.Body(links, References(reported)));
            previous = meeting.Date;
        }
    }

    /// <summary>
    /// The totals each paper gives, worked out from the items' histories as they stood at that meeting: causes of
    /// concern counted by reference number, the rest in a unit the paper does not say.
    /// </summary>
    private void WriteTotals()
    {
        var totals = new List<Total>();
        var statusOf = new Dictionary<PlannedItem, ItemStatus>();
        var progressAt = plan.Progress.ToLookup(p => p.Meeting);
        static bool IsOpen(ItemStatus status) => status < ItemStatus.SignedOffByForce;
        foreach (var meeting in plan.Meetings)
        {
            var signedOff = 0;
            var concernsSignedOff = 0;
            foreach (var p in progressAt[meeting])
            {
                var wasOpen = IsOpen(statusOf.GetValueOrDefault(p.Item));
                statusOf[p.Item] = p.Status;
                if (!wasOpen || IsOpen(p.Status)) continue;
                signedOff++;
                if (p.Item.Kind == ItemKind.CauseOfConcern) concernsSignedOff++;
            }
            Total Given(Measure measure, int figure, CountedAs unit) =>
                new(meeting.Id, measure, new Count(figure, IsLowerBound: false), unit, SourceSection: null, $"The paper gives {figure}.", Nowhere);
            int Open(ItemKind kind) => statusOf.Count(s => s.Key.Kind == kind && IsOpen(s.Value));
            totals.AddRange([
                Given(Measure.RecommendationsOpen, Open(ItemKind.Recommendation), CountedAs.NotSaid),
                Given(Measure.AreasForImprovementOpen, Open(ItemKind.AreaForImprovement), CountedAs.NotSaid),
                Given(Measure.CausesOfConcernOpen, Open(ItemKind.CauseOfConcern), CountedAs.ReferenceNumbers),
                Given(Measure.RecommendationsSignedOff, signedOff - concernsSignedOff, CountedAs.NotSaid),
                Given(Measure.CausesOfConcernSignedOff, concernsSignedOff, CountedAs.ReferenceNumbers)]);
        }
        Save(TotalsTable.Schema, totals);
    }

    /// <summary>
    /// Claims of the first inspections: the first paper's title for each, which the office has ruled does not stand,
    /// and a second paper that repeats where it took place.
    /// </summary>
    private void WriteClaims()
    {
        var (first, last) = (plan.Meetings[0].Id, plan.Meetings[^1].Id);
        var claims = plan.Inspections.Take(3).SelectMany(i => new[]
        {
            new Claim("inspections", i.Id, "title", "Notified: " + i.Title, first, null, "Notified: " + i.Title, Stands: false,
                "The later papers give the inspection's full title.", Nowhere),
            new Claim("inspections", i.Id, "in_force", i.InForce is false ? "no" : "yes", last, null, "The paper repeats where it took place.", null, null, Nowhere),
        }).Where(c => c.Column == "title" || plan.Inspections.First(i => i.Id == c.RowId).InForce is not null);
        Save(ClaimsTable.Schema, claims);
    }

    private static List<string> References(IEnumerable<PlannedItem> items) => items.Select(i => i.Reference).OfType<string>().Take(2).ToList();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private void Save<T>(Content.Reading.Schema.TableSchema<T> schema, IEnumerable<T> rows) where T : class => Save(schema.FileName, schema.Write(rows));

    private void Save(string relative, string text) => File.WriteAllText(Path.Combine(folder, relative), text, Utf8);
}
