using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>progress.csv: one row per reported status of one item.</summary>
public static class ProgressTable
{
    private static readonly Column<ProgressEntry, string?> Recommendation = new("recommendation", Id, p => p.RecommendationId, "The item's ID.", "9159") { Required = true, References = "recommendations" };
    private static readonly Column<ProgressEntry, string?> Meeting = new("meeting", Id, p => p.MeetingId, "The ID of the meeting whose paper reported it.", "2022-09-29") { Required = true, References = "meetings" };
    private static readonly Column<ProgressEntry, ItemStatus?> Status = new("status", Converters.Status, p => p.Status, "The status the paper reported.", "evidence-gathering") { Required = true, ListedIn = SiteLists.Items , Guidance = "An item's current status and RAG rating are those of its latest row." };
    private static readonly Column<ProgressEntry, Rag?> Rag = new("rag", Converters.Rag, p => p.Rag, "The red, amber or green rating the paper gave.", "amber") { ListedIn = SiteLists.Items };
    private static readonly Column<ProgressEntry, string?> Note = new("note", Text, p => p.Note, "What the paper says of its progress, in its own words.", "A new hate crime policy is in consultation.") { Guidance = "It may span lines. Quote the paper; the office's own reasoning goes in 'reason'." };
    private static readonly Column<ProgressEntry, string?> SourceSection = PaperSourceColumns.ProgressSection();
    private static readonly Column<ProgressEntry, Certainty?> StatusCertainty = new("certainty", Converters.Certainty, p => p.Certainty, "Whether the paper states the status, or the office inferred it from what the paper says.", "stated")
    {
        ListedIn = SiteLists.Items,
        Guidance = "stated (or empty) when the paper says it; inferred when the paper implies it without saying it, with the reason in 'reason'.",
    };
    private static readonly Column<ProgressEntry, string?> Reason = new("reason", Text, p => p.Reason, "Why the office inferred the status: what the paper says that implies it.", "")
    {
        Guidance = "Required when certainty is inferred; leave it empty otherwise. The item's page shows it beside the status.",
    };

    public static readonly TableSchema<ProgressEntry> Schema = new("progress.csv",
        "One row for each status a committee paper reported for an item: the item's ID and the meeting's ID together appear at most once.",
        [Recommendation, Meeting, Status, Rag, Note, SourceSection, StatusCertainty, Reason],
        (row, source) => new ProgressEntry(row.Get(Recommendation)!, row.Get(Meeting)!, row.Get(Status)!.Value, row.Get(Rag), row.Get(Note), source,
            row.Get(SourceSection), row.Get(StatusCertainty) ?? InspectionSite.Content.Model.Certainty.Stated, row.Get(Reason)));
}
