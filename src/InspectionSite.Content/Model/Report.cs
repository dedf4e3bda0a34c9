using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A published HMICFRS report. Null means the papers do not say; <see cref="StatedIn"/> is the paper that reports it.</summary>
public sealed record Report(
    string Id,
    string Title,
    InspectionKind Kind,
    PartialDate? Published,
    string? InspectionId,
    bool? FieldworkInForce,
    string? Judgement,
    string? Url,
    IReadOnlyList<string> Topics,
    MarkdownText? Body,
    SourceLocation Source,
    PaperSource? StatedIn = null,
    ReportItems? Items = null);
