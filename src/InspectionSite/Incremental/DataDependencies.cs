using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;

namespace InspectionSite.Incremental;

/// <summary>
/// What each open-data table, the sitemap and the feed are made from, as <see cref="ChangeKeys"/>: the preview keeps
/// the last build's, and their files, while none of them changed. Each holds page addresses, which follow the site's settings.
/// </summary>
public static class DataDependencies
{
    public static IReadOnlyList<string> OfTable(string name) => name switch
    {
        OpenDataTables.Inspections => [ChangeKeys.Site, ChangeKeys.Inspections],
        OpenDataTables.InspectionEvents => [ChangeKeys.Site, ChangeKeys.Inspections, ChangeKeys.Meetings],
        OpenDataTables.Reports => [ChangeKeys.Site, ChangeKeys.Reports],
        // An item's status and RAG rating come from its progress rows in meeting order (not their notes); its due date from its report's publication.
        OpenDataTables.Recommendations => [ChangeKeys.Site, ChangeKeys.Items, ChangeKeys.Reports, ChangeKeys.ProgressListed, ChangeKeys.Meetings],
        // Progress rows come in the order of their items' IDs, each with its meeting's date.
        OpenDataTables.Progress => [ChangeKeys.Site, ChangeKeys.ItemsListed, ChangeKeys.Progress, ChangeKeys.Meetings],
        OpenDataTables.Meetings => [ChangeKeys.Site, ChangeKeys.Meetings],
        OpenDataTables.Totals => [ChangeKeys.Site, ChangeKeys.Totals, ChangeKeys.Meetings],
        OpenDataTables.Claims => [ChangeKeys.Site, ChangeKeys.Claims],
        _ => [ChangeKeys.Always],
    };

    /// <summary>What a discovery file or the feed is made from; any other file is made at every build.</summary>
    public static IReadOnlyList<string> OfFile(string path) => path switch
    {
        Routes.Sitemap => [ChangeKeys.Site, .. PageDependencies.WhichPages],
        Routes.Feed => [ChangeKeys.Site, ChangeKeys.Reports, ChangeKeys.Meetings],
        _ => [ChangeKeys.Always],
    };
}
