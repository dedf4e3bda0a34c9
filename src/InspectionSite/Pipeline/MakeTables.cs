using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Pipeline;

/// <summary>The tables that several pages and files share: the open-data tables, and each item's row of the item tables by item ID.</summary>
public sealed record SiteTables(IReadOnlyList<DataTable> OpenData, IReadOnlyDictionary<string, MarkupString> ItemRows);

/// <summary>
/// tables: the open-data tables' rows (<see cref="OpenDataTables"/>), which the open-data page and the data files share,
/// and each item's table row (<see cref="ItemRows"/>), which the recommendations list and every topic's list share:
/// each made once, for all that show it.
/// </summary>
public sealed class MakeTables : IStage<(SiteModel Site, ThemeAssets Theme), SiteTables>
{
    public string Name => "tables";

    public SiteTables Run((SiteModel Site, ThemeAssets Theme) input) =>
        new(OpenDataTables.Of(input.Site), ItemRows.Render(input.Site, input.Theme.Paths, input.Site.Recommendations));
}
