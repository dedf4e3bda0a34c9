using InspectionSite.Content.Model;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Says in words how one measure moved across meetings, comparing the first meeting that gives a figure
/// with the last: "open causes of concern fell from 5 to 2 between the 30 June and 29 September 2022 meetings".
/// A lower bound ("over 60") is compared only where the direction is certain.
/// </summary>
public static class TrendSentence
{
    /// <summary>The clause for one measure; null when no meeting gives a figure for it.</summary>
    public static string? Clause(string measure, IReadOnlyList<(DateOnly Meeting, Count? Value)> points)
    {
        var given = points.Where(p => p.Value is not null).Select(p => (p.Meeting, Value: p.Value!.Value)).ToList();
        if (given.Count == 0) return null;
        var (firstDate, first) = given[0];
        var (lastDate, last) = given[^1];
        if (given.Count == 1) return $"{measure} stood at {first} at the {UkDate.Display(firstDate)} meeting, the only one with a figure";

        var meetings = $"the {Wording.Pair(firstDate, lastDate)} meetings";
        return Direction(first, last) switch
        {
            > 0 => $"{measure} rose from {first} to {last} between {meetings}",
            < 0 => $"{measure} fell from {first} to {last} between {meetings}",
            0 => $"{measure} stayed at {last} between {meetings}",
            null => $"{measure} went from {first} to {last} between {meetings}",
        };
    }

    /// <summary>Joins the clauses of several measures into one sentence.</summary>
    public static string Sentence(IEnumerable<string?> clauses) => Wording.Sentence(string.Join("; ", clauses.OfType<string>()));

    /// <summary>+1 rising, -1 falling, 0 unchanged, null when a lower bound leaves it uncertain.</summary>
    private static int? Direction(Count first, Count last) => (first.IsLowerBound, last.IsLowerBound) switch
    {
        (false, false) => last.Value.CompareTo(first.Value),
        // "over a", then b: certainly fell if b <= a.
        (true, false) => last.Value <= first.Value ? -1 : null,
        // a, then "over b": certainly rose if b >= a.
        (false, true) => last.Value >= first.Value ? 1 : null,
        _ => null,
    };
}
