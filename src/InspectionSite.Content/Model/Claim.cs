using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>
/// What one paper says of one fact of a row (an inspection's in_force, a report's title) where it differs from the
/// row's own value or adds to it. <see cref="Value"/> is written as the row's column would write it. When it
/// differs, the editor records whether the claim stands over the row's value (<see cref="Stands"/>) and why.
/// </summary>
public sealed record Claim(
    string Table,
    string RowId,
    string Column,
    string Value,
    string MeetingId,
    string? SourceSection,
    string? Quote,
    bool? Stands,
    string? Reason,
    SourceLocation Source);
