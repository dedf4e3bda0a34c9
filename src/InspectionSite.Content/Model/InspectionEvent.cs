using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>
/// Something a paper says happened, or was expected to happen, in an inspection's life: notified, fieldwork, a hot
/// debrief, a report expected or published. Its date is as the paper gives it, perhaps a month or a week, perhaps none.
/// </summary>
public sealed record InspectionEvent(
    string InspectionId,
    EventKind Kind,
    PartialDate? Date,
    PaperSource PaperSource,
    string? Note,
    SourceLocation Source);
