using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>inspection_events.csv (optional): one row per thing a paper says happened, or was expected, in an inspection's life.</summary>
public static class InspectionEventsTable
{
    private static readonly Column<InspectionEvent, string?> Inspection = new("inspection", Id, e => e.InspectionId, "The ID of the inspection.", "digital-forensics-thematic") { Required = true, References = "inspections", ListedIn = SiteLists.Inspections };
    private static readonly Column<InspectionEvent, EventKind?> Kind = new("kind", Converters.EventKind, e => e.Kind, "What happened, or was expected.", "fieldwork") { Required = true, ListedIn = SiteLists.Inspections };
    private static readonly Column<InspectionEvent, PartialDate?> Date = new("date", Converters.PartialDate, e => e.Date, "When, as the paper gives it.", "w/c 2022-04-04")
        { ListedIn = SiteLists.Inspections, Guidance = "Write only what the paper gives: 2022-04 for 'April 2022', 'w/c 2022-04-04' for 'W/C 4th April', 'expected 2022-10' for 'October – date TBC'. Leave it empty if the paper gives no date." };
    private static readonly Column<InspectionEvent, string?> Source = new("source", Id, e => e.PaperSource.MeetingId, "The ID of the meeting whose paper says it.", "2022-06-30") { Required = true, References = "meetings" };
    private static readonly Column<InspectionEvent, string?> SourceSection = new("source_section", Text, e => e.PaperSource.Section, "The heading of the part of that paper that says it, as the paper's Markdown writes it.", "3. HMICFRS inspections & other engagements");
    private static readonly Column<InspectionEvent, string?> Note = new("note", Text, e => e.Note, "What the paper says of it, in its own words.", "Thematic Inspection of Digital Forensics (W/C 4th April).") { Guidance = "Quote the paper; it may span lines." };

    public static readonly TableSchema<InspectionEvent> Schema = new("inspection_events.csv",
        "One row for each event in an inspection's life that a paper reports: notified, fieldwork, a hot debrief, a data request, a report expected or published. When two papers say different things of one event, give each its own row, with its source. Optional: the build runs without it.",
        [Inspection, Kind, Date, Source, SourceSection, Note],
        (row, source) => new InspectionEvent(row.Get(Inspection)!, row.Get(Kind)!.Value, row.Get(Date), new PaperSource(row.Get(Source)!, row.Get(SourceSection)), row.Get(Note), source))
    { Optional = true };
}
