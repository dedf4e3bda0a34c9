using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Content.Drafting;

/// <summary>What "draft" writes for a paper: the meeting file, the review of what it found, and the rows it proposes.</summary>
public sealed record PaperDraft(string MeetingFile, string Review, string ProposedRows, IReadOnlyList<Fact> Facts);

/// <summary>
/// Makes a <see cref="PaperDraft"/> from a paper's blocks. It never decides: every fact is listed with its sentence
/// for the editor to confirm, and a row is proposed only for a fact the site does not already hold.
/// </summary>
public static partial class PaperDrafter
{
    /// <param name="headerOf">The columns of an input CSV file as the office keeps it, by file name, or null where it is
    /// not known: proposed rows follow them, so a row pastes below that file's header as it is (an optional column the
    /// file lacks is left out).</param>
    public static PaperDraft Draft(string meetingId, string paperFile, IReadOnlyList<PaperBlock> blocks, ContentSet? content,
        Func<string, IReadOnlyList<string>?>? headerOf = null)
    {
        var facts = FactFinder.Find(blocks);
        var known = new KnownFacts(content, meetingId);
        var found = facts.Select(f => (Fact: f, Known: known.Find(f))).ToList();
        return new PaperDraft(MeetingFile(meetingId, blocks, found), Review(meetingId, paperFile, found), Rows(meetingId, found, headerOf), facts);
    }

    private static string MeetingFile(string meetingId, IReadOnlyList<PaperBlock> blocks, List<(Fact Fact, string? Known)> found)
    {
        var all = string.Join('\n', blocks.Select(b => b.Text));
        var date = DateOnly.TryParseExact(meetingId, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var committee = all.Contains("Joint Audit Committee", StringComparison.OrdinalIgnoreCase) ? "Joint Audit Committee" : "";
        var ids = (FactKind kind, string file) => found.Where(f => f.Fact.Kind == kind && f.Known?.StartsWith(file) == true)
            .Select(f => f.Known![(file.Length + 2)..]).Distinct().ToList();
        var yaml = new StringBuilder("---\n");
        yaml.Append("# A draft made from ").Append(Path.GetFileName(meetingId)).Append("'s paper: check every line against the paper, then move it into input/meetings/.\n");
        yaml.Append($"title: \"{Quote(committee.Length > 0 && date is { } t ? $"{committee}, {UkDate.Display(t)}" : "")}\"\n");
        yaml.Append($"committee: \"{committee}\"\n");
        yaml.Append($"date: {(date is { } day ? UkDate.Iso(day) : "")}\n");
        yaml.Append($"agenda_item: \"{Quote(AgendaItem().Match(all) is { Success: true } a ? a.Groups[1].Value : "")}\"\n");
        yaml.Append($"paper: \"{(all.Contains("HMICFRS update", StringComparison.OrdinalIgnoreCase) ? "HMICFRS update" : "")}\"\n");
        yaml.Append($"contact_officer: \"{Quote(ContactName().Match(all) is { Success: true } n ? n.Groups[1].Value.Trim() : "")}\"\n");
        yaml.Append($"contact_title: \"{Quote(ContactTitle().Match(all) is { Success: true } r ? r.Groups[1].Value.Trim() : "")}\"\n");
        yaml.Append("# What the paper reports, in two or three sentences: a draft cannot write this.\nsummary: \"\"\n");
        yaml.Append($"inspections: [{string.Join(", ", ids(FactKind.Inspection, InspectionsTable.Schema.FileName))}]\n");
        // Reports the site does not know yet go in under the ID their proposed row gives them, so the meeting lists them
        // once that row is pasted (until then, check names each one).
        var reports = ids(FactKind.Report, ReportsTable.Schema.FileName)
            .Concat(found.Where(f => f.Fact.Kind == FactKind.Report && f.Known is null).Select(f => ProposedId(f.Fact.Text)).OfType<string>()).Distinct().ToList();
        yaml.Append("reports:").Append(reports.Count == 0 ? " {}\n" : "\n" + string.Concat(reports.Select(r => $"  {r}: published-since-last-meeting\n")));
        yaml.Append("---\n\n");
        return yaml + MarkdownDraft.Body(PaperBody(blocks));
    }

    /// <summary>The paper from its first numbered section to its contact officer: the cover lines are the front matter's.</summary>
    private static IReadOnlyList<PaperBlock> PaperBody(IReadOnlyList<PaperBlock> blocks)
    {
        var start = blocks.ToList().FindIndex(b => b.Kind == BlockKind.Heading && PurposeHeading().IsMatch(b.Text));
        var end = blocks.ToList().FindIndex(b => b.Text.StartsWith("CONTACT OFFICER", StringComparison.OrdinalIgnoreCase));
        return blocks.Take(end < 0 ? blocks.Count : end).Skip(Math.Max(0, start)).ToList();
    }

    private static string Review(string meetingId, string paperFile, List<(Fact Fact, string? Known)> found)
    {
        var review = new StringBuilder($"# What the draft found in {paperFile}\n\n");
        review.Append("Every fact below is a guess with the sentence it came from. Check each against the paper; \"new\" ones have a proposed row in ")
            .Append(meetingId).Append(".rows.md.\n");
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            var ofKind = found.Where(f => f.Fact.Kind == kind).ToList();
            review.Append($"\n## {Heading(kind)} ({ofKind.Count})\n\n");
            if (ofKind.Count == 0) { review.Append("None found.\n"); continue; }
            review.Append("| found | detail | page | the site | sentence |\n|---|---|---|---|---|\n");
            foreach (var (fact, known) in ofKind)
                review.Append($"| {Cell(fact.Text)} | {Cell(fact.Detail ?? "")} | {fact.Page} | {Cell(known ?? "new")} | {Cell(fact.Sentence)} |\n");
        }
        return review.ToString();
    }

    private static string Rows(string meetingId, List<(Fact Fact, string? Known)> found, Func<string, IReadOnlyList<string>?>? headerOf)
    {
        var fresh = found.Where(f => f.Known is null).Select(f => f.Fact).ToList();
        var rows = new StringBuilder($"# Rows proposed for the {meetingId} paper\n\n");
        rows.Append("Copy each row you have checked into the file named above it, below its header. Nothing here is in input/ until you do; cells left empty are yours to fill (a check names each one still needed).\n");
        void Table<T>(TableSchema<T> schema, IEnumerable<Dictionary<string, string>> values) where T : class
        {
            var list = values.DistinctBy(v => v.GetValueOrDefault("id") ?? v.GetValueOrDefault("recommendation") ?? string.Join(',', v.Values)).ToList();
            if (list.Count == 0) return;
            var columns = headerOf?.Invoke(schema.FileName) is { Count: > 0 } kept ? kept : schema.Columns.Select(c => c.Name).ToList();
            rows.Append($"\n## {schema.FileName}\n\n```csv\n{CsvText.Line(columns)}");
            foreach (var row in list) rows.Append(CsvText.Line(columns.Select(c => row.GetValueOrDefault(c))));
            rows.Append("```\n");
        }
        var timescales = fresh.Concat(found.Select(f => f.Fact)).Where(f => f.Kind == FactKind.Timescale && f.Detail is not null).ToLookup(f => f.Detail!);
        Table(RecommendationsTable.Schema, fresh.Where(f => f.Kind == FactKind.ReferenceNumber).Select(f => new Dictionary<string, string>
        {
            ["id"] = f.Text, ["kind"] = f.ItemKind ?? "",
            ["reference"] = f.Text, ["area"] = f.Detail ?? "", ["text"] = AfterReference(f.Sentence), ["timescale"] = timescales[f.Text].FirstOrDefault()?.Text ?? "",
            ["source"] = meetingId, ["source_section"] = f.Section ?? "",
        }).Concat(fresh.Where(f => f.Kind == FactKind.Item).Select(f =>
        {
            // An item without a reference number is its report's, by its number there: finding-time-for-crime-1.
            var report = found.FirstOrDefault(r => r.Fact.Kind == FactKind.Report && r.Fact.Text == f.Detail);
            var reportId = report.Known is { } known ? known[(ReportsTable.Schema.FileName.Length + 2)..] : f.Detail is { } title ? ProposedId(title) ?? "" : "";
            return new Dictionary<string, string>
            {
                ["id"] = reportId.Length > 0 ? $"{reportId}-{f.Text}" : "", ["kind"] = "recommendation", ["report"] = reportId, ["number"] = f.Text,
                ["text"] = f.Sentence, ["timescale"] = FactFinder.TimescaleIn(f.Sentence) ?? "", ["source"] = meetingId, ["source_section"] = f.Section ?? "",
            };
        })));
        // A known item the paper reports on: its status at this meeting, in the paper's words, for the editor to choose.
        Table(ProgressTable.Schema, found.Where(f => f.Fact.Kind == FactKind.ReferenceNumber && f.Known?.StartsWith(RecommendationsTable.Schema.FileName) == true)
            .Select(f => new Dictionary<string, string>
            {
                ["recommendation"] = f.Known![(RecommendationsTable.Schema.FileName.Length + 2)..], ["meeting"] = meetingId, ["note"] = f.Fact.Sentence, ["source_section"] = f.Fact.Section ?? "",
            }));
        Table(ReportsTable.Schema, fresh.Where(f => f.Kind == FactKind.Report).Select(f => new Dictionary<string, string>
        {
            ["id"] = ProposedId(f.Text) ?? "", ["title"] = f.Text, ["published"] = f.Detail ?? "", ["source"] = meetingId, ["source_section"] = f.Section ?? "",
        }));
        Table(InspectionsTable.Schema, fresh.Where(f => f.Kind == FactKind.Inspection).Select(f => new Dictionary<string, string>
        {
            ["id"] = ProposedId(f.Text) ?? "", ["title"] = f.Text, ["kind"] = KindOf(f.Text), ["source"] = meetingId, ["source_section"] = f.Section ?? "",
        }));
        Table(InspectionEventsTable.Schema, fresh.Where(f => f.Kind == FactKind.Inspection && f.Detail is not null).Select(f => new Dictionary<string, string>
        {
            ["inspection"] = ProposedId(f.Text) ?? "", ["kind"] = f.Section?.Contains("notif", StringComparison.OrdinalIgnoreCase) == true ? "notified" : "fieldwork",
            ["source"] = meetingId, ["source_section"] = f.Section ?? "", ["note"] = $"Dates as the paper gives them: {f.Detail}. {f.Sentence}",
        }));
        Table(TotalsTable.Schema, fresh.Where(f => f.Kind == FactKind.Count && f.Detail is { } m && ValueSets.Measures.Names.Contains(m)).Select(f => new Dictionary<string, string>
        {
            ["meeting"] = meetingId, ["measure"] = f.Detail!, ["figure"] = (f.Text.StartsWith("over", StringComparison.OrdinalIgnoreCase) ? "over " : "") + KnownFacts.ValueOf(f.Text), ["counted_as"] = "not-said", ["source_section"] = f.Section ?? "", ["quote"] = f.Sentence,
        }));
        return rows.ToString();
    }

    /// <summary>
    /// The ID a proposed row gives a new report or inspection: its title in lower case with hyphens. A new report's
    /// items, and the meeting that lists it, name it by the same ID.
    /// </summary>
    private static string? ProposedId(string title) => Ids.Slug(title);

    private static string KindOf(string title) =>
        title.Contains("JTAI", StringComparison.Ordinal) || title.Contains("Joint Targeted", StringComparison.OrdinalIgnoreCase) ? "jtai"
        : title.Contains("super-complaint", StringComparison.OrdinalIgnoreCase) ? "super-complaint"
        : title.Contains("Thematic", StringComparison.OrdinalIgnoreCase) ? "thematic" : "";

    /// <summary>"Hate Crime (Recommendation 9159). Within three months …" → the item's words after the reference.</summary>
    private static string AfterReference(string sentence)
    {
        var at = sentence.IndexOf(')');
        return at >= 0 && at < sentence.Length - 2 ? sentence[(at + 1)..].TrimStart('.', ' ') : sentence;
    }

    private static string Heading(FactKind kind) => kind switch
    {
        FactKind.ReferenceNumber => "HMICFRS reference numbers",
        FactKind.Item => "Items without a reference number, by their number in the report named beside it",
        FactKind.Report => "Reports, with the date each was published",
        FactKind.Inspection => "Inspections, with their dates as given",
        FactKind.Timescale => "Timescales",
        FactKind.Rag => "RAG ratings",
        _ => "Headline counts",
    };

    private static string Cell(string text) => text.Replace("|", "\\|").Replace('\n', ' ');

    private static string Quote(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    [GeneratedRegex(@"Agenda\s+Item\s+(\d{1,3})", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItem();

    [GeneratedRegex(@"\bName:\s*(.+?)\s*(?:Title:|\n|$)")]
    private static partial Regex ContactName();

    [GeneratedRegex(@"\bTitle:\s*(.+?)\s*(?:BACKGROUND|\n|$)")]
    private static partial Regex ContactTitle();

    [GeneratedRegex(@"^(?:1\.\s*)?PURPOSE\b", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeHeading();
}
