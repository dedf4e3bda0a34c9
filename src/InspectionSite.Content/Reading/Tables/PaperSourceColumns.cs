using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>
/// The two columns that say which paper stated a row, declared once for every table that has them: <c>source</c>, the
/// meeting whose paper stated it, and <c>source_section</c>, the heading of the part of that paper that says it.
/// </summary>
internal static class PaperSourceColumns
{
    private const string SectionGuidance = "Copy the heading as the meeting's Markdown file writes it, without the #s; capitals and spaces need not match. The page links to that heading of the meeting's page.";

    public static Column<T, string?> Meeting<T>(Func<T, PaperSource?> get, string what) =>
        new("source", Id, row => get(row)?.MeetingId is { Length: > 0 } id ? id : null, $"The ID of the meeting whose paper {what}.", "2022-09-29")
        {
            References = "meetings",
            Guidance = "Leave it empty if no paper in meetings/ says it.",
        };

    public static Column<T, string?> Section<T>(Func<T, PaperSource?> get) =>
        new("source_section", Text, row => get(row)?.Section, "The heading of the part of that paper that says it.", "3. Published inspection reports")
        {
            Guidance = SectionGuidance,
        };

    /// <summary>
    /// The paper a row names; a section with no meeting is kept with an empty meeting ID, for the link stage to
    /// report rather than lose.
    /// </summary>
    public static PaperSource? Of(string? meeting, string? section) =>
        meeting is null && section is null ? null : new PaperSource(meeting ?? "", section);

    /// <summary>The section of a progress row, whose paper is its meeting's.</summary>
    public static Column<ProgressEntry, string?> ProgressSection() =>
        new("source_section", Text, p => p.Section, "The heading of the part of the meeting's paper that reports this status.", "2. West Midlands Police PEEL inspection & national recommendations")
        {
            Guidance = SectionGuidance,
        };
}
