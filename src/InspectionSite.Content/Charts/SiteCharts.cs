using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using Plotly.NET;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Every chart of the site, each computed from the linked site model and nothing else: the numbers,
/// the table and the summary all come from the input, never typed in.
/// </summary>
public static class SiteCharts
{
    private static readonly ItemKind[] Kinds = Enum.GetValues<ItemKind>();

    /// <summary>
    /// The totals each paper gives of open recommendations, areas for improvement and causes of concern: one line
    /// per measure and unit, so that a figure counted by heading is never joined to one counted by reference number.
    /// </summary>
    public static Chart OpenInPapersTotals(SiteModel site)
    {
        const string id = "chart-open-totals", title = "Open items at each meeting, from the papers’ own totals";
        var meetings = site.Meetings.Where(m => site.TotalsAt(m).Any(t => t.CountsOpen)).ToList();
        var lines = site.Totals.Where(t => t.CountsOpen).Select(t => (t.Measure, t.CountedAs, t.Kind)).Distinct().Order().ToList();
        if (lines.Count == 0) return Chart.NotDrawn(id, title, "No committee paper on this site gives totals of open items.");

        Count? FigureAt(Meeting meeting, (Measure Measure, CountedAs Unit, ItemKind Kind) line) =>
            site.TotalsAt(meeting).FirstOrDefault(t => t.Measure == line.Measure && t.CountedAs == line.Unit)?.Figure;
        var dates = meetings.Select(m => m.Date).ToList();
        var series = lines.Select(line => new Series(Labels.Plural(line.Kind) + NamedAgainstTotals.Unit(line.CountedAs),
            meetings.Select(m => FigureAt(m, line)).ToList(), ChartStyle.Of(line.Kind, line.CountedAs))).ToList();
        var measures = lines.Zip(series).Select(pair =>
            new TrendSentence.Measure($"open {Wording.Plural(pair.First.Kind)}{NamedAgainstTotals.Unit(pair.First.CountedAs)}", dates.Zip(pair.Second.Values).ToList()));
        var missing = Enum.GetValues<ItemKind>().Where(k => lines.All(l => l.Kind != k)).Select(k => $"the papers give no total of open {Wording.Plural(k)}");
        return TimeSeriesChart.Build(id, title, TrendSentence.Sentence("The papers’ own totals: ", measures, missing), "Number open, as each paper counts",
            dates, series, missing: "Not given in this unit");
    }

    /// <summary>
    /// The named items this site follows, counted at each meeting by their status as last reported by then.
    /// A kind no paper had yet reported on by a meeting has no figure there, rather than a misleading zero; an item
    /// not reported at the latest meetings by then is not counted as open there, as on the site now.
    /// </summary>
    public static Chart OpenNamedItems(SiteModel site)
    {
        const string id = "chart-open-named", title = "Items the papers name, last reported open by each meeting";
        var reported = site.Recommendations.Select(r => (Item: r, site.StateOf(r).History)).Where(x => x.History.Count > 0).ToList();
        if (reported.Count == 0) return Chart.NotDrawn(id, title, "No committee paper on this site reports on a named item yet.");

        var firstReport = reported.Min(x => x.History[0].Meeting.Date);
        var meetings = site.Meetings.Select(m => m.Date).Where(d => d >= firstReport).Distinct().ToList();
        var kinds = Kinds.Where(k => reported.Any(x => x.Item.Kind == k)).ToList();
        var series = kinds.Select(kind => Series.Exact("Named " + Wording.Plural(kind) + (kind == ItemKind.CauseOfConcern ? ", one per reference number" : ""),
            OpenAt(reported.Where(x => x.Item.Kind == kind).Select(x => x.History), meetings, site.Info.StaleAfterMeetings), ChartStyle.Of(kind))).ToList();

        var summary = TrendSentence.Sentence("Items the papers name, last reported open: ", kinds.Zip(series).Select(pair =>
            new TrendSentence.Measure(Wording.Plural(pair.First), meetings.Zip(pair.Second.Values).ToList())))
            + " " + Wording.StaleRule(site.Info.StaleAfterMeetings);
        return TimeSeriesChart.Build(id, title, summary, "Named items last reported open", meetings, series, missing: "None reported yet");
    }

    /// <summary>
    /// How many of the items were open at each date, by the latest status reported on or before it; null where
    /// none had been reported yet. Each status holds from its meeting's date until the item's next report, or until
    /// it has gone unreported at <paramref name="recent"/> meetings (the dates are the meetings' dates), so
    /// each history adds its spans to running counts, marked where they start and end: the cost is the number
    /// of reports plus the number of dates, with no search inside.
    /// </summary>
    internal static IEnumerable<int?> OpenAt(IEnumerable<IReadOnlyList<StatusEntry>> histories, IReadOnlyList<DateOnly> dates, int recent)
    {
        // The first date on or after each day a status was reported, found once per distinct day.
        var firstOnOrAfter = new Dictionary<DateOnly, int>();
        int IndexOf(DateOnly day)
        {
            if (firstOnOrAfter.TryGetValue(day, out var index)) return index;
            index = 0;
            while (index < dates.Count && dates[index] < day) index++;
            return firstOnOrAfter[day] = index;
        }

        var knownFrom = new int[dates.Count + 1];
        var openChange = new int[dates.Count + 1];
        foreach (var history in histories)
        {
            if (history.Count == 0) continue;
            knownFrom[IndexOf(history[0].Meeting.Date)]++;
            for (var k = 0; k < history.Count; k++)
            {
                if (!ItemState.CountsAsOpen(history[k].Progress.Status)) continue;
                var from = IndexOf(history[k].Meeting.Date);
                var until = Math.Min(k + 1 < history.Count ? IndexOf(history[k + 1].Meeting.Date) : dates.Count, Math.Min(from + recent, dates.Count));
                openChange[from]++;
                openChange[until]--;
            }
        }
        var counts = new int?[dates.Count];
        for (int i = 0, known = 0, open = 0; i < dates.Count; i++)
        {
            known += knownFrom[i];
            open += openChange[i];
            counts[i] = known == 0 ? null : open;
        }
        return counts;
    }

    /// <summary>
    /// Whether one item counts as open on the last of <paramref name="dates"/>, as <see cref="OpenAt"/> counts it: its
    /// latest status reported by then is open, and was reported at one of the <paramref name="recent"/> latest dates.
    /// Only that status matters, since each status holds until the next, so nothing is counted for earlier dates.
    /// </summary>
    public static bool OpenOnLast(IReadOnlyList<StatusEntry> history, IReadOnlyList<DateOnly> dates, int recent)
    {
        if (dates.Count == 0) return false;
        StatusEntry? latest = null;
        foreach (var entry in history) // in date order
            if (entry.Meeting.Date <= dates[^1]) latest = entry;
        if (latest is null || !ItemState.CountsAsOpen(latest.Progress.Status)) return false;
        var from = dates.Count; // the first date on or after the report's, as OpenAt places it, found from the end: reports are mostly recent
        while (from > 0 && dates[from - 1] >= latest.Meeting.Date) from--;
        return from + recent > dates.Count - 1;
    }

    /// <summary>Every named item by its owner or portfolio, stacked by current status.</summary>
    public static Chart ByOwnerAndStatus(SiteModel site)
    {
        const string id = "chart-owners", title = "Named items by owner or portfolio and status";
        var items = site.NamedItems.Select(r => (Owner: r.Owner ?? Labels.NotKnown, Status: StandingOf(site.StateOf(r)))).ToList();
        if (items.Count == 0) return Chart.NotDrawn(id, title, "No named items are recorded yet.");

        var owners = items.GroupBy(i => i.Owner)
            .OrderBy(g => g.Key == Labels.NotKnown).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var statuses = Enum.GetValues<ItemStatus>().Select(s => new Standing(s, false)).Append(NotReportedRecently).Append(new Standing(null, false))
            .Where(s => items.Any(i => i.Status == s)).ToList();
        var counts = items.CountBy(i => i).ToDictionary(pair => pair.Key, pair => pair.Value);
        var recent = site.Info.StaleAfterMeetings;
        var series = statuses.Select(standing => Series.Exact(standing.IsStale ? Labels.NotReportedRecently(recent) : Labels.Of(standing.Status),
            owners.Select(owner => (int?)counts.GetValueOrDefault((owner, standing))),
            standing.IsStale ? ChartStyle.NotReportedRecently : ChartStyle.Of(standing.Status))).ToList();

        string Counted(Standing standing)
        {
            var count = items.Count(i => i.Status == standing);
            return standing.IsStale
                ? $"{count} {(count == 1 ? "has" : "have")} not been reported at the last {Wording.Meetings(recent)}"
                : $"{count} {(count == 1 ? "is" : "are")} {Wording.Of(standing.Status)}";
        }
        var byStatus = statuses.Select(Counted).ToList();
        var named = items.Count(i => i.Owner != Labels.NotKnown);
        var ownership = named == 0 ? "no paper names an owner or portfolio for any of them"
            : named == items.Count ? "each has a named owner or portfolio"
            : $"the owner or portfolio is recorded for {named} and not known for {items.Count - named}";
        var summary = Wording.Sentence($"Of the {Wording.Number(items.Count, "named item", "named items")} this site follows, {Wording.List(byStatus)}; {ownership}")
            + (statuses.Contains(NotReportedRecently) ? " " + Wording.StaleRule(recent) : "");
        return CategoryChart.Build(id, title, summary, "Owner or portfolio", "Number of items", owners, series, StyleParam.BarMode.Stack, horizontal: true);
    }

    /// <summary>
    /// Where an item stands now, as the charts group it: its status as last reported (null when none is), or not
    /// reported at the latest meetings, for an item last reported open before them.
    /// </summary>
    private readonly record struct Standing(ItemStatus? Status, bool IsStale);

    private static readonly Standing NotReportedRecently = new(null, true);

    private static Standing StandingOf(ItemState state) => state.IsStale ? NotReportedRecently : new Standing(state.Status, false);

    /// <summary>
    /// The RAG rating of each open item as last reported. Where no paper gives any, there is no chart:
    /// a bar of "not known" would look like data.
    /// </summary>
    public static Chart RagNow(SiteModel site)
    {
        const string id = "chart-rag", title = "RAG ratings of open named items now";
        var open = site.Recommendations.Select(site.StateOf).Where(s => s.IsOpen).ToList();
        if (open.Count == 0) return Chart.NotDrawn(id, title, "No named item is open, so there are no RAG ratings to show.");
        var unrated = open.Count(s => s.Rag is null);
        if (unrated == open.Count)
            return Chart.NotDrawn(id, title, $"No committee paper gives a RAG rating for any of the {Wording.Number(open.Count, "open named item", "open named items")}, so there is no chart: every rating is not known.");

        var ratings = Enum.GetValues<Rag>().Select(r => (Rag?)r).ToList();
        if (unrated > 0) ratings.Add(null);
        var series = Series.Exact("Open items", ratings.Select(r => (int?)open.Count(s => s.Rag == r)), ChartStyle.NotKnown)
            with { PointStyles = ratings.Select(ChartStyle.Of).ToList() };
        int Rated(Rag rag) => open.Count(s => s.Rag == rag);
        var red = Rated(Rag.Red);
        var summary = $"Of the {Wording.Number(open.Count, "open named item", "open named items")}, as last reported, "
            + $"{red} {(red == 1 ? "is" : "are")} rated red, {Rated(Rag.Amber)} amber and {Rated(Rag.Green)} green"
            + (unrated > 0 ? $"; {unrated} {(unrated == 1 ? "has" : "have")} no rating in the papers" : "");
        return CategoryChart.Build(id, title, Wording.Sentence(summary), "RAG rating", "Number of open items",
            ratings.Select(r => Labels.Of(r)).ToList(), [series], StyleParam.BarMode.Group, horizontal: false);
    }

    /// <summary>
    /// When fieldwork took place in each inspection whose papers date it, and when each report was published.
    /// </summary>
    /// <param name="yearPages">Where a reader finds a year's inspections and reports, for a timeline too long to list them.</param>
    public static Chart Timeline(SiteModel site, YearPages? yearPages = null)
    {
        const string id = "chart-timeline", title = "Timeline of inspection fieldwork and report publication";
        const string fieldwork = "Fieldwork began", published = "Report published";
        // Fieldwork a paper only expects did not yet happen: the timeline shows what did.
        var starts = site.Inspections
            .Select(i => (Inspection: i, site.FieldworkOf(i)?.Date))
            .Where(f => f.Date is { IsExpected: false })
            .Select(f => new TimelineEvent(f.Date!.Value.Start, fieldwork, f.Inspection.Title, f.Date.Value.Display))
            .ToList();
        var publications = site.Reports.Where(r => r.Published is not null)
            .Select(r => new TimelineEvent(r.Published!.Value.Start, published, r.Title, r.Published.Value.Display)).ToList();
        if (starts.Count + publications.Count == 0)
            return Chart.NotDrawn(id, title, "No fieldwork date or report publication date is recorded yet.");

        var reportsPart = publications.Count == 0 ? "no report is recorded"
            : $"{Wording.Number(publications.Count, "report was", "reports were")} published {PublishedSpan(site)}";
        var inspections = Wording.Number(site.Inspections.Count, "inspection or engagement", "inspections and engagements");
        var fieldworkPart = starts.Count == 0 ? $"no fieldwork date is recorded for any of the {inspections}"
            : $"fieldwork dates are recorded for {starts.Count} of the {inspections}, {Period(starts.MinBy(e => e.Date)!, starts.MaxBy(e => e.Date)!)}";
        TimelineKind Kind(string name, Func<int, string>? page, string listed) =>
            new(name, page is null ? null : year => new ChartLink($"{listed} {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}", page(year)));
        var kinds = new[]
        {
            (Kind(fieldwork, yearPages?.Inspections, "Inspections with fieldwork in"), starts.Count),
            (Kind(published, yearPages?.Reports, "Reports published in"), publications.Count),
        }.Where(k => k.Item2 > 0).Select(k => k.Item1).ToList();
        return TimelineChart.Build(id, title, Wording.Sentence($"{reportsPart}; {fieldworkPart}"), kinds, [.. starts, .. publications]);
    }

    /// <summary>The addresses of pages listing the inspections whose fieldwork began in a year, and the reports published in it.</summary>
    public sealed record YearPages(Func<int, string> Inspections, Func<int, string> Reports);

    /// <summary>"between 21 February and 11 August 2022", or with partial dates as written: "between July 2014 and 11 August 2022".</summary>
    private static string PublishedSpan(SiteModel site)
    {
        var dates = site.Reports.Select(r => r.Published).OfType<PartialDate>().ToList();
        var (first, last) = (dates.Min(), dates.Max());
        if (first.Exact is { } a && last.Exact is { } b) return Wording.Span(a, b);
        return first == last ? "in " + first.Display : $"between {first.Display} and {last.Display}";
    }

    /// <summary>"from January 2022 to the week commencing 18 April 2022", each end as the paper gives it.</summary>
    private static string Period(TimelineEvent first, TimelineEvent last)
    {
        static string As(TimelineEvent e) => e.Written is { } written ? (written.StartsWith("week", StringComparison.Ordinal) ? "the " + written : written) : UkDate.Display(e.Date);
        return first == last ? "in " + As(first) : $"from {As(first)} to {As(last)}";
    }

    public static Chart StatusHistory(SiteModel site, Recommendation item) =>
        StatusHistoryChart.Build("chart-status-history", "Status at each meeting",
            site.StateOf(item).History.Select(e => (e.Meeting.Date, e.Progress.Status, e.Progress.Certainty)).ToList(),
            HistoryFigures.GetOrCreateValue(site));

    /// <summary>Each site's status-history figures by the reports they draw, kept while the site is.</summary>
    private static readonly ConditionalWeakTable<SiteModel, ConcurrentDictionary<string, DrawnFigure>> HistoryFigures = new();

    /// <summary>The items a meeting's paper reports on, counted by status before that meeting and at it.</summary>
    public static Chart ChangesAt(SiteModel site, Meeting meeting)
    {
        const string id = "chart-changes", title = "Items this paper reports on, by status before and at this meeting";
        const string notReported = "Not reported before";
        var changes = site.ChangesAt(meeting).Items;
        if (changes.Count == 0) return Chart.NotDrawn(id, title, "The paper reports on no named item, so there is nothing to compare.");

        var statuses = Enum.GetValues<ItemStatus>().Where(s => changes.Any(c => c.Before == s || c.After == s)).ToList();
        // Items new to this paper had no status before it: they get a column of their own.
        var anyNew = changes.Any(c => c.IsNew);
        var categories = (anyNew ? [notReported] : Array.Empty<string>()).Concat(statuses.Select(s => Labels.Of(s))).ToList();
        var before = Series.Exact("Before this meeting",
            (anyNew ? [changes.Count(c => c.IsNew)] : Array.Empty<int?>()).Concat(statuses.Select(s => (int?)changes.Count(c => c.Before == s))),
            ChartStyle.Before);
        var after = Series.Exact("At this meeting",
            (anyNew ? [0] : Array.Empty<int?>()).Concat(statuses.Select(s => (int?)changes.Count(c => c.After == s))),
            ChartStyle.After);

        // Each clause names the kind it counts, so that none reads as a paper's total of another kind.
        static string Items(int count, ItemKind kind) => Wording.Number(count, Labels.Of(kind).ToLowerInvariant(), Wording.Plural(kind));
        // A move the paper does not state, but the office inferred, says so in the same clause.
        var moves = changes.Where(c => !c.IsNew && c.IsChanged).GroupBy(c => (c.Before!.Value, c.After, c.Item.Kind, Inferred: c.Progress.Certainty == Certainty.Inferred))
            .OrderBy(g => g.Key.Value).ThenBy(g => g.Key.After).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Inferred)
            .Select(g => $"{Items(g.Count(), g.Key.Kind)} moved {(g.Key.After < g.Key.Value ? "back " : "")}from {Wording.Of(g.Key.Value)} to {Wording.Of(g.Key.After)}{(g.Key.Inferred ? " (inferred, not stated by the paper)" : "")}");
        var stayed = changes.Where(c => !c.IsNew && !c.IsChanged).GroupBy(c => (c.After, c.Item.Kind)).OrderBy(g => g.Key)
            .Select(g => $"{Items(g.Count(), g.Key.Kind)} stayed {Wording.Of(g.Key.After)}");
        var fresh = changes.Where(c => c.IsNew).GroupBy(c => c.Item.Kind).OrderBy(g => g.Key)
            .Select(g => $"{Items(g.Count(), g.Key)} {(g.Count() == 1 ? "was" : "were")} reported for the first time");
        var summary = $"This paper’s rows record the status of {Wording.Number(changes.Count, "item this site names", "items this site names")}, one per item, not the paper’s totals: {Wording.List([.. moves, .. stayed, .. fresh])}.";
        // Status names are long: lying down, the bars keep them level and whole on a phone.
        return CategoryChart.Build(id, title, summary, "Status", "Number of items", categories, [before, after], StyleParam.BarMode.Group, horizontal: true);
    }
}
