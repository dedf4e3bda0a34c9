using InspectionSite.Content.Papers;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>Each meeting's paper as published at <see cref="PaperAddress"/>, and the PDFs of its documents beside it, their bytes unchanged.</summary>
public static class PaperFiles
{
    public static IEnumerable<OutputFile> Of(SiteModel site) =>
        site.Meetings.SelectMany(m => m.Pdfs).Select(p => new OutputFile(p.Address.TrimStart('/'), p.Pdf.Content));
}
