using InspectionSite.Content.Papers;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>Each meeting's paper as published, its bytes unchanged, at <see cref="PaperAddress"/>.</summary>
public static class PaperFiles
{
    public static IEnumerable<OutputFile> Of(SiteModel site) =>
        site.Meetings.Where(m => m.Pdf is not null).Select(m => new OutputFile(PaperAddress.Of(m.Id).TrimStart('/'), m.Pdf!.Content));
}
