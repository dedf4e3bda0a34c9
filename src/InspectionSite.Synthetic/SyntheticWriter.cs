using System.Text;

namespace InspectionSite.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticPlan"/> as an input folder shaped exactly like the real one: the same
/// CSV columns, the same front matter, Markdown bodies that link to other pages and mention items by reference.
/// </summary>
public sealed class SyntheticWriter(SyntheticPlan plan, string folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Write()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var sub in new[] { "inspections", "reports", "meetings", "pages" }) Directory.CreateDirectory(Path.Combine(folder, sub));

        Save("site.yml", "title: \"Synthetic inspections and recommendations\"\norganisation: \"Office of a synthetic Police and Crime Commissioner\"\n" +
                         "description: \"Generated data for measuring the build; none of it is real.\"\ndata_licence: \"Open Government Licence v3.0\"\n" +
                         "base_url: \"https://inspections.example.org\"\n");
        WriteInspections();
        WriteReports();
        WriteRecommendations();
        WriteProgress();
        WriteMeetings();
        WriteSnapshots();
        Save("pages/about.md", "---\ntitle: \"About this site\"\nsummary: \"Synthetic data for measuring the build.\"\n---\n\n" + plan.Prose.Paragraph(120) + "\n");
        Save("pages/accessibility.md", "---\ntitle: \"Accessibility statement\"\n---\n\n" + plan.Prose.Paragraph(80) + "\n");
    }

    private void WriteInspections()
    {
        var csv = new Csv("id", "title", "kind", "in_force", "fieldwork_start", "fieldwork_note", "other_forces", "lead_agencies", "topics");
        foreach (var i in plan.Inspections)
        {
            csv.Row(i.Id, i.Title, i.Kind, i.InForce, Iso(i.FieldworkStart), $"W/C {i.FieldworkStart:d MMMM yyyy}", "Force A; Force B", "HMICFRS", string.Join("; ", i.Topics));
            if (i.HasBody) Save($"inspections/{i.Id}.md", plan.Prose.Paragraph(80) + "\n\n## Findings\n\n" + plan.Prose.Paragraph(60) + "\n");
        }
        Save("inspections.csv", csv.ToString());
    }

    private void WriteReports()
    {
        var itemsByReport = plan.Items.ToLookup(i => i.Report);
        var csv = new Csv("id", "title", "kind", "published", "inspection", "fieldwork_in_force", "judgement", "url", "topics");
        for (var n = 0; n < plan.Reports.Count; n++)
        {
            var r = plan.Reports[n];
            csv.Row(r.Id, r.Title, r.Kind, Iso(r.Published), r.InspectionId, n % 2 == 0 ? "yes" : "no", n % 7 == 0 ? "Requires improvement" : null,
                $"https://www.justiceinspectorates.gov.uk/hmicfrs/publications/{r.Id}/", string.Join("; ", r.Topics));
            var items = itemsByReport[r].ToList();
            var other = plan.Reports[(n + 1) % plan.Reports.Count];
            var links = new List<string> { $"[{other.Title}](/reports/{other.Id}/)" };
            links.AddRange(items.Take(2).Select(i => $"[item {i.Number}](/recommendations/{i.Id}/)"));
            if (r.InspectionId is { } inspection) links.Add($"[the inspection](/inspections/{inspection}/)");
            Save($"reports/{r.Id}.md", plan.Prose.Body(links, References(items)));
        }
        Save("reports.csv", csv.ToString());
    }

    private void WriteRecommendations()
    {
        var csv = new Csv("id", "kind", "report", "reference", "number", "area", "text", "addressee", "timescale", "owner", "topics");
        foreach (var i in plan.Items)
            csv.Row(i.Id, i.Kind, i.Report.Id, i.Reference, i.Number.ToString(), i.Report.Topics[0], i.Text, "Chief constables", i.Timescale, i.Owner, i.Report.Topics[0]);
        Save("recommendations.csv", csv.ToString());
    }

    private void WriteProgress()
    {
        var csv = new Csv("recommendation", "meeting", "status", "rag", "note");
        foreach (var p in plan.Progress) csv.Row(p.Item.Id, p.Meeting.Id, SyntheticPlan.Statuses[p.Status], p.Rag, p.Note);
        Save("progress.csv", csv.ToString());
    }

    private void WriteMeetings()
    {
        var progressAt = plan.Progress.ToLookup(p => p.Meeting);
        var reportsBetween = plan.Reports.OrderBy(r => r.Published).ToList();
        var previous = DateOnly.MinValue;
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
            if (published.Count > 0) front.Append("reports:\n").AppendJoin("", published.Select(r => $"  - {r.Id}\n"));
            front.Append("---\n\n");
            Save($"meetings/{meeting.Id}.md", front + plan.Prose.Body(links, References(reported)));
            previous = meeting.Date;
        }
    }

    /// <summary>The counts each paper gives, worked out from the items' histories as they stood at that meeting.</summary>
    private void WriteSnapshots()
    {
        var csv = new Csv("meeting", "open_recommendations", "open_areas_for_improvement", "open_causes_of_concern", "signed_off_since_previous", "causes_of_concern_signed_off_since_previous");
        var statusOf = new Dictionary<PlannedItem, int>();
        var progressAt = plan.Progress.ToLookup(p => p.Meeting);
        foreach (var meeting in plan.Meetings)
        {
            var signedOff = 0;
            var concernsSignedOff = 0;
            foreach (var p in progressAt[meeting])
            {
                var wasOpen = statusOf.GetValueOrDefault(p.Item) < 2;
                statusOf[p.Item] = p.Status;
                if (!wasOpen || p.Status < 2) continue;
                signedOff++;
                if (p.Item.Kind == "cause-of-concern") concernsSignedOff++;
            }
            int Open(string kind) => statusOf.Count(s => s.Key.Kind == kind && s.Value < 2);
            csv.Row(meeting.Id, Open("recommendation").ToString(), Open("area-for-improvement").ToString(), Open("cause-of-concern").ToString(),
                signedOff.ToString(), concernsSignedOff.ToString());
        }
        Save("snapshots.csv", csv.ToString());
    }

    private static List<string> References(IEnumerable<PlannedItem> items) => items.Select(i => i.Reference).OfType<string>().Take(2).ToList();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private void Save(string relative, string text) => File.WriteAllText(Path.Combine(folder, relative), text, Utf8);
}
