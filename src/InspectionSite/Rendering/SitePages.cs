using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Rendering;

/// <summary>The list of every page of the site, kind by kind (<see cref="PageKinds"/>).</summary>
public static class SitePages
{
    public static IReadOnlyList<PageSpec> Of(SiteModel site, IReadOnlyDictionary<string, string> assetPaths, IReadOnlyList<DataTable> openData,
        IReadOnlyDictionary<string, MarkupString> itemRows)
    {
        var inputs = new PageInputs(site, assetPaths, openData, itemRows);
        return PageKinds.All.SelectMany(kind => kind.Pages(inputs)).ToList();
    }
}
