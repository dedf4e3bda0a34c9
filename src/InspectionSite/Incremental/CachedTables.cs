using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Incremental;

/// <summary>
/// tables, with the cache: keeps the last build's open-data table of each table that nothing changed is written in
/// (<see cref="DataDependencies"/>), and in the others the last build's rows whose values are the same; and the last
/// build's row of each item whose row shows nothing that changed.
/// </summary>
internal sealed class CachedTables(IStage<(SiteModel Site, ThemeAssets Theme), SiteTables> tables, Rebuild rebuild) : IStage<(SiteModel Site, ThemeAssets Theme), SiteTables>
{
    public string Name => tables.Name;

    public SiteTables Run((SiteModel Site, ThemeAssets Theme) input)
    {
        if (rebuild.Last?.Produced.Tables is not { } last || rebuild.Changes is not { } changes) return tables.Run(input);
        var openData = OpenDataTables.Of(input.Site, last.OpenData, name => !DataDependencies.OfTable(name).Any(changes.Contains));
        return new SiteTables(openData, ItemRowsAfter(changes, input.Site, input.Theme.Paths, last.ItemRows));
    }

    /// <summary>
    /// Every item's row, keeping the last build's row of each item whose row shows nothing that changed: the item's own
    /// cells, its progress, its report. A change to the site's settings or to the meetings, whose dates order every
    /// item's history, renders them all again.
    /// </summary>
    private static IReadOnlyDictionary<string, MarkupString> ItemRowsAfter(HashSet<string> changes, SiteModel site, IReadOnlyDictionary<string, string> assetPaths,
        IReadOnlyDictionary<string, MarkupString> known)
    {
        if (changes.Contains(ChangeKeys.Site) || changes.Contains(ChangeKeys.Meetings)) return ItemRows.Render(site, assetPaths, site.Recommendations);
        if (!changes.Contains(ChangeKeys.Items) && !changes.Contains(ChangeKeys.Progress) && !changes.Contains(ChangeKeys.Reports)) return known;
        var stale = site.Recommendations
            .Where(item => !known.ContainsKey(item.Id) || changes.Contains(ChangeKeys.Item(item.Id)) || changes.Contains(ChangeKeys.ProgressOf(item.Id))
                           || item.ReportId is { } report && changes.Contains(ChangeKeys.Report(report)))
            .ToList();
        var fresh = ItemRows.Render(site, assetPaths, stale);
        return site.Recommendations.ToDictionary(item => item.Id, item => fresh.TryGetValue(item.Id, out var row) ? row : known[item.Id], StringComparer.Ordinal);
    }
}
