using System.Runtime.CompilerServices;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Content.OpenData;

/// <summary>Where a table keeps each item's row from build to build, found again only while all it is made from is unchanged.</summary>
internal interface IRowMemory<in T>
{
    IReadOnlyList<object?>? Find(T item);

    void Keep(T item, IReadOnlyList<object?> row);
}

/// <summary>
/// A progress row's values come from its entry alone, an immutable record that the preview's model keeps while the
/// item's progress is unchanged: they are worked out once per entry, not again for 24,000 rows at each rebuild.
/// </summary>
internal sealed class ProgressRowMemory : IRowMemory<StatusEntry>
{
    public static readonly ProgressRowMemory Instance = new();

    private readonly ConditionalWeakTable<StatusEntry, IReadOnlyList<object?>> _rows = new();

    public IReadOnlyList<object?>? Find(StatusEntry entry) => _rows.TryGetValue(entry, out var row) ? row : null;

    public void Keep(StatusEntry entry, IReadOnlyList<object?> row) => _rows.AddOrUpdate(entry, row);
}

/// <summary>
/// An item's row comes from the item, its state and the site's addresses. The preview's model keeps an unchanged
/// item's state as the same object, so the row is kept with its state and found again while the item and the addresses are the same.
/// </summary>
internal sealed class ItemRowMemory(SiteModel site) : IRowMemory<Recommendation>
{
    private static readonly ConditionalWeakTable<ItemState, KeptRow> Rows = new();

    private sealed record KeptRow(Recommendation Item, string BasePath, string? BaseUrl, IReadOnlyList<object?> Values);

    public IReadOnlyList<object?>? Find(Recommendation item) =>
        Rows.TryGetValue(site.StateOf(item), out var kept) && ReferenceEquals(kept.Item, item)
        && kept.BasePath == site.Routes.BasePath && kept.BaseUrl == site.Routes.BaseUrl ? kept.Values : null;

    public void Keep(Recommendation item, IReadOnlyList<object?> row) =>
        Rows.AddOrUpdate(site.StateOf(item), new KeptRow(item, site.Routes.BasePath, site.Routes.BaseUrl, row));
}
