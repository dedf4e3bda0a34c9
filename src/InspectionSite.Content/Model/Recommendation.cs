using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>
/// A recommendation, area for improvement or cause of concern. Null means the papers do not say; <see cref="StatedIn"/> is
/// the paper that words it.
/// </summary>
public sealed record Recommendation(
    string Id,
    ItemKind Kind,
    string? ReportId,
    string? Reference,
    string? Number,
    string? Area,
    string Text,
    string? Addressee,
    Timescale? Timescale,
    string? Owner,
    IReadOnlyList<string> Topics,
    SourceLocation Source,
    PaperSource? StatedIn = null,
    TimescaleScope TimescaleScope = TimescaleScope.Whole);
