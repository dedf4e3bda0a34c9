using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>
/// A recommendation, area for improvement or cause of concern. Null means the papers do not say; <see cref="StatedIn"/> is
/// the paper that words it.
/// A row may stand for
/// <see cref="Count"/> items of its kind that a paper counts but does not word: its <see cref="Text"/> is then empty.
/// <see cref="ShortTitle"/> is what lists link it by, where the paper heads the item.
/// </summary>
public sealed record Recommendation(
    string Id,
    ItemKind Kind,
    string? ReportId,
    string? Reference,
    string? Number,
    string? Area,
    string Text,
    string? Addressee,
    Timescale? Timescale,
    string? Owner,
    IReadOnlyList<string> Topics,
    SourceLocation Source,
    PaperSource? StatedIn = null,
    TimescaleScope TimescaleScope = TimescaleScope.Whole,
    int? Count = null,
    string? ShortTitle = null)
{
    /// <summary>How many items the row stands for: one, unless the paper only counts them.</summary>
    public int Items => Count ?? 1;

    /// <summary>Whether the paper gives the item's words; a counted row may have none.</summary>
    public bool IsWorded => Text.Length > 0;
}
