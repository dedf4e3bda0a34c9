using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>
/// Checks what no single file can: unique IDs, references that resolve, links inside Markdown.
/// Every problem is reported; the site model is built only when there are none.
/// </summary>
public sealed class SiteLinker(Routes routes, PageRoutes pageRoutes, DateOnly asOf, DiagnosticBag diagnostics, SiteMarkdown markdown, MarkdownCache? markdownCache = null)
{
    public SiteModel? Link(ContentSet content)
    {
        var map = content.SourceMap;
        var inspections = UniqueIds(content.Inspections, i => i.Id, i => i.Source, "inspection", map);
        var reports = UniqueIds(content.Reports, r => r.Id, r => r.Source, "report", map);
        var items = UniqueIds(content.Recommendations, r => r.Id, r => r.Source, "recommendation", map);
        var meetings = UniqueIds(content.Meetings, m => m.Id, m => m.Source, "meeting", map);
        UniqueIds(content.Pages, p => p.Id, p => p.Source, "page", map);
        var byReference = UniqueReferences(content.Recommendations, map);

        foreach (var page in content.Pages.Where(p => pageRoutes.Reserved.Contains(p.Id)))
            diagnostics.Add(page.Source, $"The page name '{page.Id}' is used by the site's own section /{page.Id}/.", "Rename the file to something else, e.g. about-" + page.Id + ".md.");
        CheckTopics(content.Inspections.Select(i => (i.Topics, i.Source))
            .Concat(content.Reports.Select(r => (r.Topics, r.Source)))
            .Concat(content.Recommendations.Select(r => (r.Topics, r.Source))), TopicIndex.ByName(content), map);
        foreach (var report in content.Reports)
            Resolve(report.InspectionId, inspections, report.Source, "inspection", "inspections.csv", map);
        foreach (var item in content.Recommendations)
            Resolve(item.ReportId, reports, item.Source, "report", "reports.csv", map);
        CheckCountedItems(content.Recommendations, reports, map);
        foreach (var e in content.InspectionEvents)
        {
            Resolve(e.InspectionId, inspections, e.Source, "inspection", "inspections.csv", map);
            Resolve(e.PaperSource.MeetingId, meetings, e.Source, "source", "meetings/", map);
        }
        UniqueIds(content.InspectionEvents, e => $"{e.InspectionId}, {Choice.Name(e.Kind)}, {e.PaperSource.MeetingId}", e => e.Source, "event (inspection, kind, source)", map, field: "kind");
        CheckProgress(content.Progress, items, meetings, map);
        CheckTotals(content.Totals, meetings, map);
        var claims = new ClaimLinker(diagnostics, map).Link(content, meetings);
        foreach (var meeting in content.Meetings)
        {
            foreach (var id in meeting.InspectionIds) Resolve(id, inspections, meeting.Source, "inspections", "inspections.csv", map);
            foreach (var id in meeting.ReportIds) Resolve(id, reports, meeting.Source, "reports", "reports.csv", map);
        }
        var paths = pageRoutes.ListedPathsIn(content);
        CheckRedirects(content.Redirects, paths, map);
        CheckCorrections(content.Corrections, paths, map);
        var sections = PaperSections.Of(content.Meetings, markdown);
        CheckSources(content, meetings, map, sections);
        if (diagnostics.HasErrors) return null;

        var addresses = new MarkdownAddresses(paths, byReference.ToDictionary(r => r.Key, r => Routes.Recommendation(r.Value.Id), StringComparer.Ordinal));
        var html = RenderMarkdown(content, addresses);
        return diagnostics.HasErrors ? null : new SiteModel(content, routes, asOf, html, addresses, sections, claims);
    }

    /// <summary>
    /// Links input that differs from <paramref name="previousContent"/>, which <paramref name="previous"/> was linked
    /// from, only in the text of its Markdown, its items' words, addressee and source, and its progress rows: the other
    /// rows were checked then, so only the progress rows are checked and linked, the sources that changed (or all, if a
    /// paper's headings did) checked against the papers' headings, and the bodies rendered (and their links checked), again.
    /// </summary>
    public SiteModel? Relink(ContentSet content, ContentSet previousContent, SiteModel previous)
    {
        var map = content.SourceMap;
        var meetings = content.Meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var progressChanged = !ReferenceEquals(previousContent.Progress, content.Progress);
        if (progressChanged && !previous.HasProgressRowsOf(content.Progress))
        {
            // Those rows passed their checks at the last build, so their IDs are unique.
            CheckProgress(content.Progress, content.Recommendations.ToDictionary(r => r.Id, StringComparer.Ordinal), meetings, map);
            if (diagnostics.HasErrors) return null;
        }
        // A paper's text may have changed its headings, and an item its source; a row that passed against the same headings still does.
        var sections = PaperSections.Of(content.Meetings, markdown, previous.Sections);
        CheckSources(content, meetings, map, sections, sections.SameHeadingsAs(previous.Sections) ? previousContent : null);
        // No page came or went and no reference number changed, so the bodies link to what they did.
        var html = RenderMarkdown(content, previous.MarkdownAddresses);
        if (diagnostics.HasErrors) return null;
        var model = ReferenceEquals(previousContent.Recommendations, content.Recommendations) ? previous : previous.WithItems(content.Recommendations);
        return (progressChanged ? model.WithProgress(content.Progress) : model).WithBodies(html, sections);
    }

    /// <summary>
    /// An item's words come from the paper: a row without them must say how many items it counts; and a report
    /// said to have made no recommendations has none listed.
    /// </summary>
    private void CheckCountedItems(IReadOnlyList<Recommendation> items, IReadOnlyDictionary<string, Report> reports, SourceMap map)
    {
        foreach (var item in items.Where(i => !i.IsWorded && i.Count is null))
            diagnostics.Add(map.Locate(item.Source, "text"), $"Item '{item.Id}' has no text.",
                "Copy the item's words from the paper; if the paper only counts such items without wording them, write how many in 'count' and leave 'text' empty.");
        foreach (var item in items.Where(i => i.ReportId is { } id && reports.TryGetValue(id, out var report) && report.Items == ReportItems.NoneMade))
            diagnostics.Add(map.Locate(item.Source, "report"), $"Item '{item.Id}' belongs to '{item.ReportId}', which reports.csv says made no recommendations.",
                $"Correct 'items' of '{item.ReportId}' in reports.csv (tracked), or give this item the report that raised it.");
    }

    /// <summary>Each progress row names an item and a meeting that exist, and is the only row for that pair.</summary>
    private void CheckProgress(IReadOnlyList<ProgressEntry> progress, IReadOnlyDictionary<string, Recommendation> items, IReadOnlyDictionary<string, Meeting> meetings, SourceMap map)
    {
        foreach (var entry in progress)
        {
            Resolve(entry.RecommendationId, items, entry.Source, "recommendation", "recommendations.csv", map);
            Resolve(entry.MeetingId, meetings, entry.Source, "meeting", "meetings/", map);
        }
        var reported = new HashSet<(string, string)>();
        foreach (var entry in progress.Where(p => !reported.Add((p.RecommendationId, p.MeetingId))))
            diagnostics.Add(entry.Source, $"Item '{entry.RecommendationId}' already has a row for meeting '{entry.MeetingId}'.", "Keep one row per item and meeting; merge the notes into it.");
        foreach (var entry in progress) CheckCertainty(entry, map);
    }

    /// <summary>A paper reports a status, so the status is either stated by it or inferred from it, and only an inference has a reason.</summary>
    private void CheckCertainty(ProgressEntry entry, SourceMap map)
    {
        var certainty = ValueSets.Certainties.NameOf(entry.Certainty);
        if (entry.Certainty is not (Certainty.Stated or Certainty.Inferred))
            diagnostics.Add(map.Locate(entry.Source, "certainty"), $"A status a paper reported cannot be '{certainty}'.",
                "Write stated (or leave it empty) when the paper says the status, or inferred when it implies it, with the reason in 'reason'. Leave out the row if no paper reports the status.");
        else if (entry.Certainty == Certainty.Inferred && entry.Reason is null)
            diagnostics.Add(map.Locate(entry.Source, "reason"), $"The status of '{entry.RecommendationId}' at meeting '{entry.MeetingId}' is inferred, but 'reason' is empty.",
                "Write in 'reason' what the paper says that implies the status, so that readers can judge it, e.g. 'The paper lists the causes of concern that remain open, and this is not among them.'");
        else if (entry.Certainty == Certainty.Stated && entry.Reason is not null)
            diagnostics.Add(map.Locate(entry.Source, "reason"), "'reason' is only for an inferred status, and this one is stated.",
                "Delete the reason, or write inferred in 'certainty' if the paper does not say the status itself.");
    }

    /// <summary>
    /// Every source names a meeting, and its section a heading of that meeting's paper (<paramref name="sections"/>, from
    /// which pages link to each section). Rows that passed in <paramref name="checkedBefore"/> against the same headings are not checked again.
    /// </summary>
    private void CheckSources(ContentSet content, IReadOnlyDictionary<string, Meeting> meetings, SourceMap map, PaperSections sections, ContentSet? checkedBefore = null)
    {
        // The rows of a table that are not, at the same place, the very rows that passed in checkedBefore.
        IEnumerable<T> Unchecked<T>(IReadOnlyList<T> rows, Func<ContentSet, IReadOnlyList<T>> table) where T : class
        {
            if (checkedBefore is null) return rows;
            var before = table(checkedBefore);
            return rows.Where((row, i) => i >= before.Count || !ReferenceEquals(row, before[i]));
        }
        void Check(PaperSource? paper, SourceLocation row)
        {
            if (paper is null) return;
            if (paper.MeetingId.Length == 0)
            {
                diagnostics.Add(map.Locate(row, "source_section"), $"'source_section' names the heading '{paper.Section}', but 'source' names no meeting.",
                    "Write in 'source' the ID of the meeting whose paper has that heading (its file name in meetings/, e.g. 2022-09-29), or empty both.");
                return;
            }
            if (!meetings.ContainsKey(paper.MeetingId))
            {
                Resolve(paper.MeetingId, meetings, row, "source", "meetings/", map);
                return;
            }
            if (paper.Section is not { } section || sections.Find(paper.MeetingId, section) is not null) return;
            var headings = sections.Of(paper.MeetingId);
            diagnostics.Add(map.Locate(row, "source_section"), $"'{section}' is not a heading of the paper of meeting '{paper.MeetingId}'.",
                headings.Count == 0
                    ? $"That paper has no headings: leave 'source_section' empty, or add the heading to meetings/{paper.MeetingId}.md."
                    : "Copy one of its headings: " + string.Join("; ", headings.Select(h => $"“{h.Text}”")) + ".");
        }
        foreach (var inspection in Unchecked(content.Inspections, c => c.Inspections)) Check(inspection.StatedIn, inspection.Source);
        foreach (var report in Unchecked(content.Reports, c => c.Reports)) Check(report.StatedIn, report.Source);
        foreach (var item in Unchecked(content.Recommendations, c => c.Recommendations)) Check(item.StatedIn, item.Source);
        // A progress row's paper is its meeting's, which CheckProgress resolves.
        foreach (var entry in Unchecked(content.Progress, c => c.Progress).Where(p => p.Section is not null && meetings.ContainsKey(p.MeetingId))) Check(entry.Paper, entry.Source);
        // Events, totals and claims name their meeting in a column of their own, which their own checks resolve.
        foreach (var e in Unchecked(content.InspectionEvents, c => c.InspectionEvents).Where(e => e.PaperSource.Section is not null && meetings.ContainsKey(e.PaperSource.MeetingId))) Check(e.PaperSource, e.Source);
        foreach (var total in Unchecked(content.Totals, c => c.Totals).Where(t => t.SourceSection is not null && meetings.ContainsKey(t.MeetingId))) Check(new PaperSource(total.MeetingId, total.SourceSection), total.Source);
        foreach (var claim in Unchecked(content.Claims, c => c.Claims).Where(c => c.SourceSection is not null && meetings.ContainsKey(c.MeetingId))) Check(new PaperSource(claim.MeetingId, claim.SourceSection), claim.Source);
    }

    /// <summary>A correction names a page the site has, so that the log links to it.</summary>
    private void CheckCorrections(IReadOnlyList<Correction> corrections, IReadOnlySet<string> pages, SourceMap map)
    {
        foreach (var correction in corrections.Where(c => !pages.Contains(c.Page)))
            diagnostics.Add(map.Locate(correction.Source, "page"), $"'{correction.Page}' is not a page of the site.",
                "Write the address of the corrected page as it is now, as it appears in the browser after the site's address, e.g. /recommendations/9159/.");
    }

    /// <summary>Each total names a meeting that exists, and gives a measure in a unit once for it.</summary>
    private void CheckTotals(IReadOnlyList<Total> totals, IReadOnlyDictionary<string, Meeting> meetings, SourceMap map)
    {
        foreach (var total in totals)
            Resolve(total.MeetingId, meetings, total.Source, "meeting", "meetings/", map);
        var given = new Dictionary<(string, Measure, CountedAs), Total>();
        foreach (var total in totals.Where(t => !given.TryAdd((t.MeetingId, t.Measure, t.CountedAs), t)))
            diagnostics.Add(map.Locate(total.Source, "measure"),
                $"Meeting '{total.MeetingId}' already has a figure for {ValueSets.Measures.NameOf(total.Measure)} counted as {ValueSets.Units.NameOf(total.CountedAs)} (at {given[(total.MeetingId, total.Measure, total.CountedAs)].Source}).",
                "Keep one row per meeting, measure and unit; a paper that gives the measure in another unit has a row with that counted_as.");
    }

    /// <summary>Every body's HTML, by the file it was read from.</summary>
    private Dictionary<string, string> RenderMarkdown(ContentSet content, MarkdownAddresses addresses)
    {
        var paths = addresses.Paths;
        string? PathOf(string reference) => addresses.ReferencePaths.GetValueOrDefault(reference);
        var bodies = content.Inspections.Select(i => i.Body)
            .Concat(content.Reports.Select(r => r.Body))
            .Concat(content.Meetings.Select(m => m.Body))
            .Concat(content.Pages.Select(p => p.Body))
            .OfType<MarkdownText>()
            .ToList();
        markdownCache?.UseAddresses(addresses);

        var rendered = new string[bodies.Count];
        Parallel.For(0, bodies.Count, i =>
        {
            if (markdownCache is null)
            {
                rendered[i] = new MarkdownRenderer(markdown, routes, paths, PathOf, diagnostics).Render(bodies[i]);
                return;
            }
            // With a cache, each body reports into its own bag, so that its warnings can be kept with its HTML.
            if (Cached(bodies[i]) is { } html)
            {
                rendered[i] = html;
                return;
            }
            var own = new DiagnosticBag();
            rendered[i] = new MarkdownRenderer(markdown, routes, paths, PathOf, own).Render(bodies[i]);
            foreach (var error in own.Sorted()) diagnostics.Add(error.Location, error.Message, error.Fix);
            foreach (var warning in own.Warnings()) diagnostics.AddWarning(warning.Location, warning.Message, warning.Fix);
            if (!own.HasErrors) lock (markdownCache) markdownCache.Store(bodies[i], rendered[i], own.Warnings());
        });
        markdownCache?.KeepOnly(bodies.Select(b => b.File).ToHashSet(StringComparer.Ordinal));
        var html = new Dictionary<string, string>(bodies.Count, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++) html[bodies[i].File] = rendered[i];
        return html;
    }

    private string? Cached(MarkdownText body)
    {
        string html;
        IReadOnlyList<Diagnostic> warnings;
        lock (markdownCache!)
            if (!markdownCache.TryGet(body, out html, out warnings)) return null;
        foreach (var warning in warnings) diagnostics.AddWarning(warning.Location, warning.Message, warning.Fix);
        return html;
    }

    /// <summary>A topic becomes a page, so its name needs a letter or digit to make an address from.</summary>
    private void CheckTopics(IEnumerable<(IReadOnlyList<string> Topics, SourceLocation Source)> rows, IReadOnlyDictionary<string, Topic?> byName, SourceMap map)
    {
        foreach (var (topics, source) in rows)
            foreach (var topic in topics.Where(t => byName[t] is null))
                diagnostics.Add(map.Locate(source, "topics"), $"The topic '{topic}' has no letter or digit to make its page's address from.",
                    "Name the topic in words, e.g. 'Domestic abuse', or delete it.");
    }

    /// <summary>
    /// A redirect must start from an address that is no longer a page (a page would shadow it, and Netlify
    /// would never redirect), start from it only once, and lead to a page that exists.
    /// </summary>
    private void CheckRedirects(IReadOnlyList<Redirect> redirects, IReadOnlySet<string> pages, SourceMap map)
    {
        static string AsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/";
        var seen = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var redirect in redirects)
        {
            var from = AsPage(redirect.From);
            if (pages.Contains(from) || from == Routes.NotFound)
                diagnostics.Add(map.Locate(redirect.Source, "from"), $"'{redirect.From}' is a page of the site, so it cannot be redirected.",
                    "Write the page's old address in 'from', or delete the row if the page was not renamed.");
            else if (!seen.TryAdd(from, redirect))
                diagnostics.Add(map.Locate(redirect.Source, "from"), $"'{redirect.From}' is redirected twice (first at {seen[from].Source}).",
                    "Keep one row for each old address.");
            if (!redirect.IsExternal && !pages.Contains(AsPage(redirect.To.Split('#')[0])))
                diagnostics.Add(map.Locate(redirect.Source, "to"), $"'{redirect.To}' is not a page of the site.",
                    "Write the new address of the page, as it appears in the browser, e.g. /reports/solihull-jtai/.");
        }
    }

    private Dictionary<string, T> UniqueIds<T>(IReadOnlyList<T> things, Func<T, string> idOf, Func<T, SourceLocation> sourceOf, string what, SourceMap map, string field = "id")
    {
        var unique = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var thing in things)
        {
            if (unique.TryAdd(idOf(thing), thing)) continue;
            var first = sourceOf(unique[idOf(thing)]);
            diagnostics.Add(map.Locate(sourceOf(thing), field), $"The {what} ID '{idOf(thing)}' is used twice (first at {first}).", "Give each one its own ID, or delete the copy.");
        }
        return unique;
    }

    private Dictionary<string, Recommendation> UniqueReferences(IReadOnlyList<Recommendation> items, SourceMap map)
    {
        var unique = new Dictionary<string, Recommendation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            // An item is found by its reference number, or by its ID where the ID is a number.
            var reference = item.Reference ?? (item.Id.All(char.IsAsciiDigit) ? item.Id : null);
            if (reference is null || unique.TryAdd(reference, item)) continue;
            diagnostics.Add(map.Locate(item.Source, "reference"), $"The reference number {reference} is used by both '{unique[reference].Id}' and '{item.Id}'.", "Each HMICFRS reference number belongs to one item: correct or clear one of them.");
        }
        return unique;
    }

    private void Resolve<T>(string? id, IReadOnlyDictionary<string, T> known, SourceLocation source, string field, string where, SourceMap map)
    {
        if (id is null || known.ContainsKey(id)) return;
        diagnostics.Add(map.Locate(source, field), $"'{id}' in '{field}' is not in {where}.", $"Use an ID that exists in {where}, add it there, or leave the cell empty if it is not known.");
    }
}
