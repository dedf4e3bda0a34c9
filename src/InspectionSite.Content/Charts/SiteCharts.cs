using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Every chart of the site, each computed from the linked site model and nothing else: the numbers,
/// the table and the summary all come from the input, never typed in.
/// </summary>
public static class SiteCharts
{
    private static readonly ItemKind[] Kinds = Enum.GetValues<ItemKind>();

    /// <summary>The totals each paper gives of open recommendations, areas for improvement and causes of concern.</summary>
    public static Chart OpenInPapersTotals(SiteModel site)
    {
        const string id = "chart-open-totals", title = "Open items at each meeting, from the papers’ totals";
        var meetingDates = site.Meetings.ToDictionary(m => m.Id, m => m.Date);
        var dates = site.Snapshots.Select(s => meetingDates[s.MeetingId]).ToList();
        var measures = new (ItemKind Kind, Func<Snapshot, Count?> Of)[]
        {
            (ItemKind.Recommendation, s => s.OpenRecommendations),
            (ItemKind.AreaForImprovement, s => s.OpenAreasForImprovement),
            (ItemKind.CauseOfConcern, s => s.OpenCausesOfConcern),
        };
        var series = measures.Select(m => new Series(Labels.Plural(m.Kind), site.Snapshots.Select(m.Of).ToList(), ChartStyle.Of(m.Kind))).ToList();
        if (!series.Any(s => s.HasValues)) return Chart.NotDrawn(id, title, "No committee paper on this site gives totals of open items.");

        var clauses = measures.Zip(series).Select(pair => pair.Second.HasValues
            ? TrendSentence.Clause("open " + Wording.Plural(pair.First.Kind), dates.Zip(pair.Second.Values).ToList())
            : $"the papers give no total of open {Wording.Plural(pair.First.Kind)}");
        return TimeSeriesChart.Build(id, title, TrendSentence.Sentence(clauses), "Number open",
            dates, series.Where(s => s.HasValues).ToList(), missing: "Not given");
    }

    /// <summary>
    /// The named items this site follows, counted at each meeting by their status as last reported by then.
    /// A kind no paper had yet reported on by a meeting has no figure there, rather than a misleading zero.
    /// </summary>
    public static Chart OpenNamedItems(SiteModel site)
    {
        const string id = "chart-open-named", title = "Open named items at each meeting, from the items this site follows";
        var reported = site.Recommendations.Select(r => (Item: r, site.StateOf(r).History)).Where(x => x.History.Count > 0).ToList();
        if (reported.Count == 0) return Chart.NotDrawn(id, title, "No committee paper on this site reports on a named item yet.");

        var firstReport = reported.Min(x => x.History[0].Meeting.Date);
        var meetings = site.Meetings.Select(m => m.Date).Where(d => d >= firstReport).Distinct().ToList();
        var kinds = Kinds.Where(k => reported.Any(x => x.Item.Kind == k)).ToList();
        var series = kinds.Select(kind => Series.Exact(Labels.Plural(kind),
            OpenAt(reported.Where(x => x.Item.Kind == kind).Select(x => x.History), meetings), ChartStyle.Of(kind))).ToList();

        var summary = TrendSentence.Sentence(kinds.Zip(series).Select(pair =>
            TrendSentence.Clause("open " + Wording.Plural(pair.First), meetings.Zip(pair.Second.Values).ToList())));
        return TimeSeriesChart.Build(id, title, summary, "Number open", meetings, series, missing: "None reported yet");
    }

    /// <summary>
    /// How many of the items were open at each date, by the latest status reported on or before it; null where
    /// none had been reported yet. Each status holds from its meeting's date until the item's next report, so
    /// each history adds its spans to running counts, marked where they start and end: the cost is the number
    /// of reports plus the number of dates, with no search inside.
    /// </summary>
    private static IEnumerable<int?> OpenAt(IEnumerable<IReadOnlyList<StatusEntry>> histories, IReadOnlyList<DateOnly> dates)
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
                var until = k + 1 < history.Count ? IndexOf(history[k + 1].Meeting.Date) : dates.Count;
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

    /// <summary>Every named item by its owner or portfolio, stacked by current status.</summary>
    public static Chart ByOwnerAndStatus(SiteModel site)
    {
        const string id = "chart-owners", title = "Named items by owner or portfolio and status";
        var items = site.NamedItems.Select(r => (Owner: r.Owner ?? Labels.NotKnown, site.StateOf(r).Status)).ToList();
        if (items.Count == 0) return Chart.NotDrawn(id, title, "No named items are recorded yet.");

        var owners = items.GroupBy(i => i.Owner)
            .OrderBy(g => g.Key == Labels.NotKnown).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var statuses = Enum.GetValues<ItemStatus>().Select(s => (ItemStatus?)s).Append(null).Where(s => items.Any(i => i.Status == s)).ToList();
        var counts = items.CountBy(i => i).ToDictionary(pair => pair.Key, pair => pair.Value);
        var series = statuses.Select(status => Series.Exact(Labels.Of(status),
            owners.Select(owner => (int?)counts.GetValueOrDefault((owner, status))), ChartStyle.Of(status))).ToList();

        string Counted(ItemStatus? status)
        {
            var count = items.Count(i => i.Status == status);
            return $"{count} {(count == 1 ? "is" : "are")} {Wording.Of(status)}";
        }
        var byStatus = statuses.Select(Counted).ToList();
        var named = items.Count(i => i.Owner != Labels.NotKnown);
        var ownership = named == 0 ? "no paper names an owner or portfolio for any of them"
            : named == items.Count ? "each has a named owner or portfolio"
            : $"the owner or portfolio is recorded for {named} and not known for {items.Count - named}";
        var summary = Wording.Sentence($"Of the {Wording.Number(items.Count, "named item", "named items")} this site follows, {Wording.List(byStatus)}; {ownership}");
        return CategoryChart.Build(id, title, summary, "Owner or portfolio", "Number of items", owners, series, Plotly.BarMode.Stack, horizontal: true);
    }

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
            ratings.Select(r => Labels.Of(r)).ToList(), [series], Plotly.BarMode.Group, horizontal: false);
    }

    /// <summary>When fieldwork took place in each inspection whose papers date it, and when each report was published.</summary>
    public static Chart Timeline(SiteModel site)
    {
        const string id = "chart-timeline", title = "Timeline of inspection fieldwork and report publication";
        const string fieldwork = "Fieldwork began", published = "Report published";
        // Fieldwork a paper only expects did not yet happen: the timeline shows what did.
        var starts = site.Inspections
            .Select(i => (Inspection: i, site.FieldworkOf(i)?.Date))
            .Where(f => f.Date is { IsExpected: false })
            .Select(f => new TimelineEvent(f.Date!.Value.Start, fieldwork, f.Inspection.Title, f.Date.Value.Display))
            .ToList();
        var publications = site.Reports.Select(r => new TimelineEvent(r.Published, published, r.Title)).ToList();
        if (starts.Count + publications.Count == 0)
            return Chart.NotDrawn(id, title, "No fieldwork date or report publication date is recorded yet.");

        var reportsPart = publications.Count == 0 ? "no report is recorded"
            : $"{Wording.Number(publications.Count, "report was", "reports were")} published {Wording.Span(publications.Min(e => e.Date), publications.Max(e => e.Date))}";
        var inspections = Wording.Number(site.Inspections.Count, "inspection or engagement", "inspections and engagements");
        var fieldworkPart = starts.Count == 0 ? $"no fieldwork date is recorded for any of the {inspections}"
            : $"fieldwork dates are recorded for {starts.Count} of the {inspections}, {Period(starts.MinBy(e => e.Date)!, starts.MaxBy(e => e.Date)!)}";
        var kinds = new[] { (fieldwork, starts.Count), (published, publications.Count) }.Where(k => k.Item2 > 0).Select(k => k.Item1).ToList();
        return TimelineChart.Build(id, title, Wording.Sentence($"{reportsPart}; {fieldworkPart}"), kinds, [.. starts, .. publications]);
    }

    /// <summary>"from January 2022 to the week commencing 18 April 2022", each end as the paper gives it.</summary>
    private static string Period(TimelineEvent first, TimelineEvent last)
    {
        static string As(TimelineEvent e) => e.Written is { } written ? (written.StartsWith("week", StringComparison.Ordinal) ? "the " + written : written) : UkDate.Display(e.Date);
        return first == last ? "in " + As(first) : $"from {As(first)} to {As(last)}";
    }

    public static Chart StatusHistory(SiteModel site, Recommendation item) =>
        StatusHistoryChart.Build("chart-status-history", "Status at each meeting",
            site.StateOf(item).History.Select(e => (e.Meeting.Date, e.Progress.Status)).ToList());

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

        var moves = changes.Where(c => !c.IsNew && c.IsChanged).GroupBy(c => (c.Before!.Value, c.After))
            .OrderBy(g => g.Key.Value).ThenBy(g => g.Key.After)
            .Select(g => $"{g.Count()} moved {(g.Key.After < g.Key.Value ? "back " : "")}from {Wording.Of(g.Key.Value)} to {Wording.Of(g.Key.After)}");
        var stayed = changes.Where(c => !c.IsNew && !c.IsChanged).GroupBy(c => c.After).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} stayed {Wording.Of(g.Key)}");
        var firstTime = changes.Count(c => c.IsNew);
        var fresh = firstTime == 0 ? [] : new[] { $"{firstTime} {(firstTime == 1 ? "was" : "were")} reported for the first time" };
        var summary = $"This paper reports on {Wording.Number(changes.Count, "named item", "named items")}: {Wording.List([.. moves, .. stayed, .. fresh])}.";
        return CategoryChart.Build(id, title, summary, "Status", "Number of items", categories, [before, after], Plotly.BarMode.Group, horizontal: false);
    }
}
