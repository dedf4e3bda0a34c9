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
    SourceLocation Source,
    IReadOnlyList<PaperDocument> Documents,
    IReadOnlyDictionary<string, AgendaReason> ReportReasons)
{
    /// <summary>The paper's PDF as published, when the editor put it beside the meeting's file.</summary>
    public Papers.PaperPdf? Pdf { get; init; }

    /// <summary>The PDFs of the documents the front matter lists with a file (appendices), in the order it lists them.</summary>
    public IReadOnlyList<AttachedPdf> Attached { get; init; } = [];

    /// <summary>Every PDF published with the meeting, its paper first, each with its address and what it is.</summary>
    public IEnumerable<(string Address, string Title, Papers.PaperPdf Pdf)> Pdfs =>
        (Pdf is { } paper ? [(Papers.PaperAddress.Of(Id), "the paper as published", paper)] : Array.Empty<(string, string, Papers.PaperPdf)>())
        .Concat(Attached.Select(a => (a.Address, a.Document.Title, a.Pdf)));

    /// <summary>The council's own copy of the paper, for a meeting whose PDF is not on this site.</summary>
    public string? PaperUrl { get; init; }

    /// <summary>Why the paper presents a report, where the editor recorded it.</summary>
    public AgendaReason? ReasonFor(string reportId) => ReportReasons.TryGetValue(reportId, out var reason) ? reason : null;
}

/// <summary>
/// A document a paper lists as attached to it (a background document or an appendix), with its address where known,
/// or the name of its PDF beside the meeting's file (<paramref name="File"/>, written at <paramref name="FileAt"/>).
/// </summary>
public sealed record PaperDocument(string Title, DocumentKind Kind, string? Url, string? File = null, SourceLocation? FileAt = null);

/// <summary>A document's PDF published with its meeting's paper, at <paramref name="Address"/> beside it.</summary>
public sealed record AttachedPdf(PaperDocument Document, string Address, Papers.PaperPdf Pdf);
