using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Papers;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Reading.Tables;
using InspectionSite.Content.Site;
using InspectionSite.Theme.Components;
using InspectionSite.Theme.Search;

namespace InspectionSite.Incremental;

/// <summary>
/// What differs between two builds, as <see cref="ChangeKeys"/>. Rows are compared by their content, not by
/// where they sit in the file, so inserting a row above another does not mark it changed. Bodies are compared
/// by their rendered HTML, which also changes when a "Recommendation NNNN" in them comes to mean another item.
/// Which fields a list shows is each column's <see cref="Column.ListedIn"/> in its table's schema.
/// </summary>
public static class ContentChanges
{
    /// <summary>
    /// True when the two inputs differ at most in the text of their Markdown, in their items' text and addressee,
    /// and in their progress rows: the items are the same, in the same order, in every field a list shows; every
    /// other CSV file gave the same rows, in the same order, from the same lines (an unchanged file's rows come
    /// back from the cache as they were); and every meeting and page has the same front matter and the same
    /// bodies present. Such input links into the same model but for the bodies' HTML, the items' words and what
    /// progress decides.
    /// </summary>
    public static bool OnlyWordsAndProgressDiffer(ContentSet before, ContentSet after) =>
        before.Site == after.Site
        && (ReferenceEquals(before.Recommendations, after.Recommendations) || Pairwise(before.Recommendations, after.Recommendations, SameListing))
        && ReferenceEquals(before.Totals, after.Totals) && ReferenceEquals(before.Redirects, after.Redirects)
        // A claim is checked against its row's value, which an item's words may be.
        && ReferenceEquals(before.Claims, after.Claims) && after.Claims.All(c => c.Table != OpenDataTables.Recommendations)
        && ReferenceEquals(before.Corrections, after.Corrections)
        && ReferenceEquals(before.InspectionEvents, after.InspectionEvents)
        && Pairwise(before.Inspections, after.Inspections, (a, b) => SameRow(a, b) && a.Source == b.Source && (a.Body is null) == (b.Body is null))
        && Pairwise(before.Reports, after.Reports, (a, b) => SameRow(a, b) && a.Source == b.Source && (a.Body is null) == (b.Body is null))
        && Pairwise(before.Meetings, after.Meetings, SameRow)
        && Pairwise(before.Pages, after.Pages, SameRow);

    /// <summary>Rows added, removed or different, whatever their Markdown; always holds <see cref="ChangeKeys.Always"/>.</summary>
    public static HashSet<string> InRows(ContentSet before, ContentSet after)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { ChangeKeys.Always };
        if (before.Site != after.Site || !before.Pages.Select(p => (p.Id, p.Title)).SequenceEqual(after.Pages.Select(p => (p.Id, p.Title))))
            keys.Add(ChangeKeys.Site);

        Compare(before.Inspections, after.Inspections, i => i.Id, SameRow, (id, _, _) =>
            keys.UnionWith([ChangeKeys.Inspection(id), ChangeKeys.Inspections]));
        // An inspection's events are shown on its page and in the lists of inspections, as if they were its own columns.
        Compare(before.InspectionEvents, after.InspectionEvents, EventKey, (a, b) => InspectionEventsTable.Schema.Same(a, b), (_, old, @new) =>
            keys.UnionWith([ChangeKeys.Inspection((old ?? @new)!.InspectionId), ChangeKeys.Inspections]));
        Compare(before.Reports, after.Reports, r => r.Id, SameRow, (id, _, _) =>
            keys.UnionWith([ChangeKeys.Report(id), ChangeKeys.Reports]));
        Compare(before.Recommendations, after.Recommendations, r => r.Id, SameRow, (id, old, @new) =>
        {
            keys.UnionWith([ChangeKeys.Item(id), ChangeKeys.Items]);
            if (old is null || @new is null || !SameListing(old, @new)) keys.Add(ChangeKeys.ItemsListed);
            foreach (var report in new[] { old?.ReportId, @new?.ReportId }.OfType<string>()) keys.Add(ChangeKeys.ItemsOfReport(report));
        });
        Compare(before.Progress, after.Progress, p => p.Key, (a, b) => ProgressTable.Schema.Same(a, b),
            (_, old, @new) =>
            {
                var row = (old ?? @new)!;
                keys.UnionWith([ChangeKeys.ProgressOf(row.RecommendationId), ChangeKeys.ProgressAt(row.MeetingId), ChangeKeys.Progress]);
                if (old is null || @new is null) keys.Add(ChangeKeys.ProgressRows);
                if (old is null || @new is null || !ProgressTable.Schema.Same(old, @new, listedOnly: true)) keys.Add(ChangeKeys.ProgressListed);
            });
        Compare(before.Meetings, after.Meetings, m => m.Id, SameRow, (id, old, @new) =>
        {
            keys.UnionWith([ChangeKeys.Meeting(id), ChangeKeys.Meetings]);
            if (new[] { old, @new }.Any(m => m?.Pdfs.Any() == true)) keys.Add(ChangeKeys.Papers);
        });
        Compare(before.Totals, after.Totals, t => $"{t.MeetingId}|{t.Measure}|{t.CountedAs}", (a, b) => TotalsTable.Schema.Same(a, b),
            (_, _, _) => keys.Add(ChangeKeys.Totals));
        Compare(before.Claims, after.Claims, c => $"{c.Table}|{c.RowId}|{c.Column}|{c.MeetingId}", (a, b) => ClaimsTable.Schema.Same(a, b),
            (_, _, _) => keys.Add(ChangeKeys.Claims));
        Compare(before.Pages, after.Pages, p => p.Id, SameRow, (id, _, _) => keys.Add(ChangeKeys.Page(id)));
        if (!ReferenceEquals(before.Corrections, after.Corrections)) keys.Add(ChangeKeys.Corrections);
        return keys;
    }

    /// <summary>Bodies whose rendered HTML differs, or that exist in only one of the two sites.</summary>
    public static HashSet<string> InBodies(SiteModel beforeSite, SiteModel afterSite)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        CompareHtml(beforeSite, afterSite, s => s.Inspections, i => i.Id, i => i.Body, id => keys.Add(ChangeKeys.InspectionBody(id)));
        CompareHtml(beforeSite, afterSite, s => s.Reports, r => r.Id, r => r.Body, id => keys.Add(ChangeKeys.ReportBody(id)));
        CompareHtml(beforeSite, afterSite, s => s.Meetings, m => m.Id, m => m.Body, id => keys.Add(ChangeKeys.MeetingBody(id)));
        CompareHtml(beforeSite, afterSite, s => s.Pages, p => p.Id, p => p.Body, id => keys.Add(ChangeKeys.Page(id)));
        return keys;
    }

    /// <summary>
    /// <see cref="ChangeKeys.ItemFilters"/> when the list of every item offers other filter options, and
    /// <see cref="ChangeKeys.SearchFilters"/> when the search form does: for an edit that changed what lists show of
    /// progress (<see cref="ChangeKeys.ProgressListed"/>), which can add or remove a status.
    /// </summary>
    public static IEnumerable<string> InFilters(SiteModel beforeSite, SiteModel afterSite, IReadOnlySet<string> changes)
    {
        if (!changes.Contains(ChangeKeys.ProgressListed)) yield break;
        if (!ItemFilterOptions.OfEveryItem(beforeSite).SameAs(ItemFilterOptions.OfEveryItem(afterSite))) yield return ChangeKeys.ItemFilters;
        if (!SearchFacets.OfProgress(beforeSite).SameAs(SearchFacets.OfProgress(afterSite))) yield return ChangeKeys.SearchFilters;
    }

    /// <summary>Reports each ID whose body's HTML differs between the two sites, or exists in only one.</summary>
    private static void CompareHtml<T>(SiteModel before, SiteModel after, Func<SiteModel, IReadOnlyList<T>> all, Func<T, string> idOf,
        Func<T, MarkdownText?> bodyOf, Action<string> changed)
    {
        string? HtmlOf(SiteModel site, T thing) => bodyOf(thing) is { } body ? site.Html(body) : null;
        var old = all(before).ToDictionary(idOf, t => HtmlOf(before, t), StringComparer.Ordinal);
        foreach (var thing in all(after))
            if (!old.Remove(idOf(thing), out var html) || html != HtmlOf(after, thing)) changed(idOf(thing));
        foreach (var id in old.Keys) changed(id);
    }

    private static bool Pairwise<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, T, bool> same)
    {
        if (before.Count != after.Count) return false;
        for (var i = 0; i < before.Count; i++)
            if (!same(before[i], after[i])) return false;
        return true;
    }

    /// <summary>Pairs rows by key; reports each row added, removed or different.</summary>
    private static void Compare<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> keyOf, Func<T, T, bool> same,
        Action<string, T?, T?> rowChanged) where T : class
    {
        if (ReferenceEquals(before, after)) return; // an unchanged CSV file's rows come back from the cache as they were
        if (Rows.ChangedInPlace(before, after, keyOf) is { } changedAt)
        {
            foreach (var i in changedAt)
                if (!same(before[i], after[i])) rowChanged(keyOf(after[i]), before[i], after[i]);
            return;
        }
        var old = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in before) old.TryAdd(keyOf(row), row);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in after)
        {
            var key = keyOf(row);
            if (!seen.Add(key)) continue;
            if (!old.TryGetValue(key, out var previous)) rowChanged(key, null, row);
            else if (!same(previous, row)) rowChanged(key, previous, row);
        }
        foreach (var (key, row) in old)
            if (!seen.Contains(key)) rowChanged(key, row, null);
    }

    private static string EventKey(InspectionEvent e) => $"{e.InspectionId}\n{Choice.Name(e.Kind)}\n{e.PaperSource.MeetingId}";

    /// <summary>The same in every column, wherever the rows stand in their files.</summary>
    private static bool SameRow(Inspection a, Inspection b) => InspectionsTable.Schema.Same(a, b);

    private static bool SameRow(Report a, Report b) => ReportsTable.Schema.Same(a, b);

    private static bool SameRow(Recommendation a, Recommendation b) => RecommendationsTable.Schema.Same(a, b);

    /// <summary>The same in every field a list of items shows.</summary>
    private static bool SameListing(Recommendation a, Recommendation b) => RecommendationsTable.Schema.Same(a, b, listedOnly: true);

    /// <summary>The same in every front-matter field, for the file of the same name.</summary>
    private static bool SameRow(Page a, Page b) => a.Id == b.Id && PageDocument.Schema.Same(a, b);

    private static bool SameRow(Meeting a, Meeting b) => a.Id == b.Id && MeetingDocument.Schema.Same(a, b) && SamePdfs(a, b);

    /// <summary>The same PDFs at the same addresses, byte for byte: a paper dropped in, replaced or removed beside an unchanged meeting file changes its page.</summary>
    private static bool SamePdfs(Meeting a, Meeting b) =>
        a.Pdfs.Select(p => (p.Address, p.Pdf)).SequenceEqual(b.Pdfs.Select(p => (p.Address, p.Pdf)),
            EqualityComparer<(string Address, PaperPdf Pdf)>.Create((x, y) => x.Address == y.Address && x.Pdf.File == y.Pdf.File && x.Pdf.Content.AsSpan().SequenceEqual(y.Pdf.Content)));
}
