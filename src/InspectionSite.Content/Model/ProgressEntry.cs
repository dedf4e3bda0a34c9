using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>
/// The status of one item as one meeting's paper reported it: stated by the paper, or inferred from what it says,
/// with the reason. <see cref="Section"/> is the heading of the part of the paper that says it.
/// </summary>
public sealed record ProgressEntry(
    string RecommendationId,
    string MeetingId,
    ItemStatus Status,
    Rag? Rag,
    string? Note,
    SourceLocation Source,
    string? Section = null,
    Certainty Certainty = Certainty.Stated,
    string? Reason = null)
{
    /// <summary>Its item and meeting together: no two rows share them (the linker checks this).</summary>
    public string Key => RecommendationId + "\n" + MeetingId;

    /// <summary>The paper that reported it: its meeting's.</summary>
    public PaperSource Paper => new(MeetingId, Section);
}
