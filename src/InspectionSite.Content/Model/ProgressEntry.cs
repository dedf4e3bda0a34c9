using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>The status of one item as one meeting's paper reported it.</summary>
public sealed record ProgressEntry(
    string RecommendationId,
    string MeetingId,
    ItemStatus Status,
    Rag? Rag,
    string? Note,
    SourceLocation Source)
{
    /// <summary>Its item and meeting together: no two rows share them (the linker checks this).</summary>
    public string Key => RecommendationId + "\n" + MeetingId;
}
