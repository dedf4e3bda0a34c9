using InspectionSite.Content.Model;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Says in words how measures moved across meetings, comparing the first meeting that gives a figure with the
/// last: "open causes of concern fell from 5 to 2 between the 30 June and 29 September 2022 meetings".
/// Measures that only one meeting gives are named together under that meeting, so the reader is told once, not
/// once per measure, that no other meeting has a figure. A lower bound ("over 60") is compared only where the
/// direction is certain.
/// </summary>
public static class TrendSentence
{
    /// <summary>One measure: what it counts ("open recommendations") and its figure at each meeting.</summary>
    public sealed record Measure(string Name, IReadOnlyList<(DateOnly Meeting, Count? Value)> Points);

    /// <summary>
    /// The sentence for a chart's measures, after a lead that says what they are ("The papers’ own totals: ");
    /// measures no meeting gives a figure for are left out, and <paramref name="more"/> clauses follow.
    /// </summary>
    public static string Sentence(string lead, IEnumerable<Measure> measures, params IEnumerable<string> more)
    {
        var given = measures.Select(m => (m.Name, Points: m.Points.Where(p => p.Value is not null).Select(p => (p.Meeting, Value: p.Value!.Value)).ToList()))
            .Where(m => m.Points.Count > 0).ToList();
        var clauses = new List<string>();
        foreach (var group in given.GroupBy(m => m.Points.Count == 1 ? m.Points[0].Meeting : (DateOnly?)null))
        {
            if (group.Key is { } meeting)
            {
                var figures = group.Select(m => $"{m.Points[0].Value} {m.Name}").ToList();
                clauses.Add($"{Wording.List(figures)} at the {UkDate.Display(meeting)} meeting, the only one to give {(figures.Count == 1 ? "that figure" : "those figures")}");
            }
            else clauses.AddRange(group.Select(m => Clause(m.Name, m.Points)));
        }
        return Wording.Sentence(lead + string.Join("; ", clauses.Concat(more)));
    }

    private static string Clause(string measure, IReadOnlyList<(DateOnly Meeting, Count Value)> given)
    {
        var (firstDate, first) = given[0];
        var (lastDate, last) = given[^1];
        var meetings = $"the {Wording.Pair(firstDate, lastDate)} meetings";
        return Direction(first, last) switch
        {
            > 0 => $"{measure} rose from {first} to {last} between {meetings}",
            < 0 => $"{measure} fell from {first} to {last} between {meetings}",
            0 => $"{measure} stayed at {last} between {meetings}",
            null => $"{measure} went from {first} to {last} between {meetings}",
        };
    }

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
