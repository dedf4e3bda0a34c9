using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Publishing;
using InspectionSite.Rendering;

namespace InspectionSite.Pipeline;

/// <summary>data, feeds: every file that is not a page or a theme asset: robots.txt, the sitemap, the Atom feed, the redirects and the open data (<see cref="MachineReadableFiles"/>).</summary>
public sealed class MakeDataAndFeeds : IStage<(SiteModel Site, IReadOnlyList<PageSpec> Pages, IReadOnlyList<DataTable> OpenData), IReadOnlyList<OutputFile>>
{
    public string Name => "data, feeds";

    public IReadOnlyList<OutputFile> Run((SiteModel Site, IReadOnlyList<PageSpec> Pages, IReadOnlyList<DataTable> OpenData) input) =>
        MachineReadableFiles.Of(input.Site, input.Pages, input.OpenData);
}
