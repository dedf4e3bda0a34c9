using System.Globalization;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Theme.Search;

/// <summary>
/// One way to sort a list across all its pages through the search index: the list's column (its table header's
/// data-sort-key), Pagefind's sort key, and the words the search page says it with ("due date", "earliest first").
/// </summary>
public sealed record SearchSort(string Column, string Key, string Label, string Ascending, string Descending);

/// <summary>
/// A page's value for one sort: what it sorts by, and for a date the words a result shows it in ("by March 2023").
/// Pagefind returns no sort values with results, and searches metadata, so the words go in a filter of the same name,
/// which it returns and never searches.
/// </summary>
public readonly record struct SortValue(string Key, string Value, string? Shown = null);

/// <summary>
/// A list whose every row is a page in the index, and the sorts it offers. The first sort's key is on every row and on
/// no other page: a search sorted by it finds exactly the list's rows, in the order of its IDs or titles.
/// </summary>
public sealed record SortedList(string Noun, IReadOnlyList<SearchSort> Sorts)
{
    public string Member => Sorts[0].Key;
}

/// <summary>
/// The sort keys of each listed page, the one place that decides them: pages carry them for Pagefind
/// (<c>data-pagefind-sort</c>), a paged list's headers open the search page sorted by them, and the search page offers
/// them. Each value sorts as a string (ISO dates, zero-padded numbers, lower-case text), since Pagefind compares
/// strings. A value that is not known is left out rather than made up: Pagefind leaves such a page out of a sorted
/// search, and the search page lists it after the others (scripts/search.js).
/// </summary>
public static class SearchSorts
{
    public static readonly SortedList Items = new("items",
        [
            new("item", "item", "reference number", "lowest first", "highest first"),
            new("kind", "item-kind", "kind", "A to Z", "Z to A"),
            new("report", "item-report", "report", "A to Z", "Z to A"),
            new("owner", "owner", "owner or portfolio", "A to Z", "Z to A"),
            new("status", "status", "status", "open first", "closed first"),
            new("rag", "rag", "RAG rating", "red first", "green first"),
            new("due", "due", "due date", "earliest first", "latest first"),
        ]);

    public static readonly SortedList Reports = new("reports",
        [
            new("report", "report", "title", "A to Z", "Z to A"),
            new("kind", "report-kind", "kind", "A to Z", "Z to A"),
            new("published", "published", "date published", "earliest first", "latest first"),
            new("fieldwork", "report-in-force", "fieldwork in this force", "no first", "yes first"),
            new("items", "items", "number of items", "fewest first", "most first"),
        ]);

    public static readonly SortedList Inspections = new("inspections",
        [
            new("inspection", "inspection", "title", "A to Z", "Z to A"),
            new("kind", "inspection-kind", "kind", "A to Z", "Z to A"),
            new("in-force", "inspection-in-force", "in this force", "no first", "yes first"),
            new("fieldwork", "fieldwork", "fieldwork", "earliest first", "latest first"),
            new("reports", "reports", "number of reports", "fewest first", "most first"),
        ]);

    public static readonly IReadOnlyList<SortedList> Lists = [Items, Reports, Inspections];

    /// <summary>
    /// An item's keys: its place in ID order, kind, report, owner, status, RAG rating and due date, each where known.
    /// None for the items a paper counts but does not word, which the list leaves out.
    /// </summary>
    public static IEnumerable<SortValue> Of(SiteModel site, Recommendation item)
    {
        if (item.Count is not null) return [];
        var state = site.StateOf(item);
        var report = site.ReportOf(item);
        var keys = new List<SortValue>(7) { new("item", IdKey(item.Id)), new("item-kind", Text(Labels.Of(item.Kind))) };
        if (report is not null) keys.Add(new("item-report", Text(report.Title)));
        if (item.Owner is { } owner) keys.Add(new("owner", Text(owner)));
        // Statuses in the order items move through them; an item not reported lately after every status.
        if (state.IsStale) keys.Add(new("status", Number(Enum.GetValues<ItemStatus>().Length)));
        else if (state.Status is { } status) keys.Add(new("status", Number((int)status)));
        if (state.Rag is { } rag) keys.Add(new("rag", Number((int)rag)));
        if (state.DueDate is { } due) keys.Add(new("due", UkDate.Iso(due.Start), state.Due.Certainty == Certainty.Stated ? $"by {due.Display}" : $"{due.Display} (worked out)"));
        return keys;
    }

    public static IEnumerable<SortValue> Of(SiteModel site, Report report)
    {
        var keys = new List<SortValue>(5) { new("report", Text(report.Title)), new("report-kind", Text(Labels.Of(report.Kind))) };
        if (report.Published is { } published) keys.Add(new("published", UkDate.Iso(published.Start), published.Display));
        if (report.FieldworkInForce is { } inForce) keys.Add(new("report-in-force", YesNo(inForce)));
        keys.Add(new("items", Number(site.RecommendationsOf(report).Sum(i => i.Items))));
        return keys;
    }

    public static IEnumerable<SortValue> Of(SiteModel site, Inspection inspection)
    {
        var keys = new List<SortValue>(5) { new("inspection", Text(inspection.Title)), new("inspection-kind", Text(Labels.Of(inspection.Kind))) };
        if (inspection.InForce is { } inForce) keys.Add(new("inspection-in-force", YesNo(inForce)));
        if (site.FieldworkOf(inspection)?.Date is { } fieldwork) keys.Add(new("fieldwork", UkDate.Iso(fieldwork.Start), fieldwork.Display));
        keys.Add(new("reports", Number(site.ReportsOf(inspection).Count)));
        return keys;
    }

    /// <summary>
    /// IDs in the lists' order (<see cref="IdComparer"/>): numbers by value, zero-padded, before other IDs. The letters
    /// keep a number from being compared with the digits that start another ID.
    /// </summary>
    public static string IdKey(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? "a" + number.ToString("D19", CultureInfo.InvariantCulture) : "b" + id;

    private static string Number(int n) => n.ToString("D6", CultureInfo.InvariantCulture);

    private static string Text(string text) => text.ToLowerInvariant();

    private static string YesNo(bool value) => value ? "yes" : "no";
}
