using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>An inspection or other HMICFRS engagement. Null means the papers do not say; <see cref="StatedIn"/> is the paper that reports it.</summary>
public sealed record Inspection(
    string Id,
    string Title,
    InspectionKind Kind,
    bool? InForce,
    IReadOnlyList<string> OtherForces,
    IReadOnlyList<string> LeadAgencies,
    IReadOnlyList<string> Topics,
    MarkdownText? Body,
    SourceLocation Source,
    PaperSource? StatedIn = null);
