using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>How one item's status moved between a meeting and the one before; Before is null for a first report.</summary>
public sealed record StatusChange(Recommendation Item, ItemStatus? Before, ItemStatus After, ProgressEntry Progress)
{
    public bool IsNew => Before is null;

    public bool IsChanged => Before != After;
}

/// <summary>What a committee member asks of a meeting: what is new or different since the previous one.</summary>
public sealed record MeetingChanges(
    Meeting? Previous,
    IReadOnlyList<StatusChange> Items,
    IReadOnlyList<Report> ReportsPublishedSincePrevious);
