using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>One row of an item's history: what a meeting's paper said of it.</summary>
public sealed record StatusEntry(Meeting Meeting, ProgressEntry Progress);

/// <summary>
/// Where an item stands, derived from its history and its timescale. Status and RAG are those of the latest report;
/// null means no paper has reported one. An item last reported open but not reported at any of the latest meetings
/// (<see cref="SiteInfo.StaleAfterMeetings"/>) is stale: the site says when it was last reported, not that it is open now.
/// </summary>
public sealed record ItemState(
    IReadOnlyList<StatusEntry> History,
    ItemStatus? Status,
    Rag? Rag,
    Known<PartialDate> Due,
    Overdue Overdue,
    bool IsStale,
    bool IsCountedOnly = false)
{
    /// <summary>
    /// Open now as far as the papers show: last reported open at a recent meeting, or not reported on yet. Items a
    /// paper only counts, that no paper reports on, are of unknown status: they were never the force's to report on by
    /// name, so they are not counted as open.
    /// </summary>
    public bool IsOpen => CountsAsOpen(Status) && !IsStale && !(IsCountedOnly && Status is null);

    /// <summary>Open until signed off; an item no paper has reported on counts as open.</summary>
    public static bool CountsAsOpen(ItemStatus? status) => status is null or ItemStatus.Open or ItemStatus.EvidenceGathering;

    public StatusEntry? Latest => History.Count == 0 ? null : History[^1];

    /// <summary>The due date when it is stated or worked out; null when it is not known.</summary>
    public PartialDate? DueDate => Due.IsKnown ? Due.Value : null;

    /// <summary>The date of the meeting that last reported it, when it is stale.</summary>
    public DateOnly? NotReportedSince => IsStale ? Latest?.Meeting.Date : null;

    /// <param name="reportedSince">
    /// The first of the latest meetings an open item must be reported at to count as open now; null when there have not
    /// been that many meetings yet.
    /// </param>
    public static ItemState From(IReadOnlyList<StatusEntry> history, Known<PartialDate> due, DateOnly asOf, DateOnly? reportedSince)
    {
        var latest = history.Count == 0 ? null : history[^1];
        var stale = latest is not null && CountsAsOpen(latest.Progress.Status) && reportedSince is { } since && latest.Meeting.Date < since;
        var overdue = OverdueOf(latest?.Progress.Status, due, asOf, stale);
        return new ItemState(history, latest?.Progress.Status, latest?.Progress.Rag, due, overdue, stale);
    }

    /// <summary>
    /// Overdue only when the due date is known and its whole period has passed by <paramref name="asOf"/>, and the item
    /// was last reported open at a recent meeting. Signed off, or not yet due, is not overdue; anything else is not known.
    /// </summary>
    private static Overdue OverdueOf(ItemStatus? status, Known<PartialDate> due, DateOnly asOf, bool stale)
    {
        if (status is { } reported && !CountsAsOpen(reported)) return Overdue.No;
        if (!due.IsKnown) return Overdue.NotKnown;
        if (due.Value.End >= asOf) return Overdue.No;
        return status is null || stale ? Overdue.NotKnown : Overdue.Yes;
    }
}
