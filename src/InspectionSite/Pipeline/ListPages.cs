using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Pipeline;

/// <summary>list pages: every page of the site, each with what it shows (<see cref="SitePages"/>), not yet rendered.</summary>
public sealed class ListPages : IStage<(SiteModel Site, ThemeAssets Theme, SiteTables Tables), IReadOnlyList<PageSpec>>
{
    public string Name => "list pages";

    public IReadOnlyList<PageSpec> Run((SiteModel Site, ThemeAssets Theme, SiteTables Tables) input) =>
        SitePages.Of(input.Site, input.Theme.Paths, input.Tables.OpenData, input.Tables.ItemRows);
}
