using InspectionSite.Content.OpenData;

namespace InspectionSite.Incremental;

/// <summary>
/// What each open-data table is made from, as <see cref="ChangeKeys"/>: the preview keeps the last build's
/// table, and its files, while none of them changed. Every table holds page addresses, which follow the site's settings.
/// </summary>
public static class DataDependencies
{
    public static IReadOnlyList<string> OfTable(string name) => name switch
    {
        OpenDataTables.Inspections => [ChangeKeys.Site, ChangeKeys.Inspections],
        OpenDataTables.Reports => [ChangeKeys.Site, ChangeKeys.Reports],
        // An item's status comes from its progress rows in meeting order; its due date from its report's publication.
        OpenDataTables.Recommendations => [ChangeKeys.Site, ChangeKeys.Items, ChangeKeys.Reports, ChangeKeys.Progress, ChangeKeys.Meetings],
        // Progress rows come in item order, each with its meeting's date.
        OpenDataTables.Progress => [ChangeKeys.Site, ChangeKeys.Items, ChangeKeys.Progress, ChangeKeys.Meetings],
        OpenDataTables.Meetings => [ChangeKeys.Site, ChangeKeys.Meetings],
        _ => [ChangeKeys.Always],
    };
}
