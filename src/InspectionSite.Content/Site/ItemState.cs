using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>One row of an item's history: what a meeting's paper said of it.</summary>
public sealed record StatusEntry(Meeting Meeting, ProgressEntry Progress);

/// <summary>
/// Where an item stands, derived from its history and its timescale. Status and RAG are those of
/// the latest report; null means no paper has reported one.
/// </summary>
public sealed record ItemState(
    IReadOnlyList<StatusEntry> History,
    ItemStatus? Status,
    Rag? Rag,
    DateOnly? DueDate,
    bool IsOverdue,
    bool IsCountedOnly = false)
{
    /// <summary>
    /// Open as far as the papers show. Items a paper only counts, that no paper reports on, are of unknown status: they
    /// were never the force's to report on by name, so they are not counted as open.
    /// </summary>
    public bool IsOpen => CountsAsOpen(Status) && !(IsCountedOnly && Status is null);

    /// <summary>Open until signed off; an item no paper has reported on counts as open.</summary>
    public static bool CountsAsOpen(ItemStatus? status) => status is null or ItemStatus.Open or ItemStatus.EvidenceGathering;

    public StatusEntry? Latest => History.Count == 0 ? null : History[^1];

    /// <summary>Open items whose due date has passed by <paramref name="asOf"/> are overdue.</summary>
    public static ItemState From(IReadOnlyList<StatusEntry> history, DateOnly? dueDate, DateOnly asOf)
    {
        var latest = history.Count == 0 ? null : history[^1].Progress;
        var state = new ItemState(history, latest?.Status, latest?.Rag, dueDate, IsOverdue: false);
        return state with { IsOverdue = state.IsOpen && dueDate is { } due && due < asOf };
    }
}
