using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A committee meeting and the paper it received.</summary>
public sealed record Meeting(
    string Id,
    string Title,
    string Committee,
    DateOnly Date,
    string? AgendaItem,
    string? Paper,
    string? ContactOfficer,
    string? ContactTitle,
    string Summary,
    IReadOnlyList<string> InspectionIds,
    IReadOnlyList<string> ReportIds,
    MarkdownText Body,
    SourceLocation Source);
