using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A published HMICFRS report. Null means the papers do not say.</summary>
public sealed record Report(
    string Id,
    string Title,
    InspectionKind Kind,
    DateOnly Published,
    string? InspectionId,
    bool? FieldworkInForce,
    string? Judgement,
    string? Url,
    IReadOnlyList<string> Topics,
    MarkdownText? Body,
    SourceLocation Source,
    ReportItems? Items = null);
