using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Sets a paper's total beside what the items the papers name show, in words that cannot be read as one count:
/// the paper's figure in its unit, the named items under a label of their own, and why the two may differ. A
/// figure is subtracted from the other only where the paper does not count by heading.
/// </summary>
public static class NamedAgainstTotals
{
    /// <summary>"causes of concern open, counted by heading": a total's measure as it reads inside a sentence, with its unit.</summary>
    public static string Label(Total total) => Labels.Of(total.Measure).ToLowerInvariant().Replace("hmicfrs", "HMICFRS", StringComparison.Ordinal) + Unit(total.CountedAs);

    public static string Unit(CountedAs unit) => unit switch
    {
        CountedAs.Headings => " (counted by heading)",
        CountedAs.ReferenceNumbers => " (counted by reference number)",
        _ => "",
    };

    /// <summary>
    /// For each total at <paramref name="meeting"/> that the items reported at it bear on, a sentence: the paper's
    /// figure, how many named items this paper's rows record for it, and why the two differ.
    /// </summary>
    public static IReadOnlyList<string> AtMeeting(SiteModel site, Meeting meeting)
    {
        var changes = site.ChangesAt(meeting).Items;
        var sentences = new List<string>();
        foreach (var total in site.TotalsAt(meeting))
        {
            var rows = changes.Where(c => c.Item.Kind == total.Kind && (total.CountsOpen
                    ? ItemState.CountsAsOpen(c.After)
                    : !ItemState.CountsAsOpen(c.After) && (c.Before is null || ItemState.CountsAsOpen(c.Before.Value))))
                .ToList();
            var named = rows.Select(c => c.Item).ToList();
            if (named.Count == 0) continue;
            var what = total.CountsOpen ? "report as open" : "record as signed off at this meeting";
            sentences.Add($"The paper gives {total.Figure} {Label(total)}. This site names {Named(named)} that this paper’s rows {what}{Listed(named)}{Inferred(rows)}. {Why(total, named.Count)}".TrimEnd());
        }
        return sentences;
    }

    /// <summary>
    /// For each open total of the latest paper that gives totals, the named items last reported open by that
    /// meeting, as the home page's second chart counts them, under their own label.
    /// </summary>
    public static IReadOnlyList<string> Latest(SiteModel site, Meeting meeting)
    {
        var sentences = new List<string>();
        // Every meeting up to this one, so that an item not reported lately is not counted as open, as the chart counts it.
        var meetings = site.Meetings.Where(m => m.Date <= meeting.Date).Select(m => m.Date).ToList();
        foreach (var total in site.TotalsAt(meeting).Where(t => t.CountsOpen))
        {
            var items = site.Recommendations.Where(r => r.Kind == total.Kind).ToList();
            var open = items.Where(r => SiteCharts.OpenOnLast(site.StateOf(r).History, meetings, site.Info.StaleAfterMeetings)).ToList();
            if (open.Count == 0) continue;
            var kind = Kind(open);
            sentences.Add($"The {UkDate.Display(meeting.Date)} paper gives {total.Figure} {Label(total)}. {char.ToUpperInvariant(kind[0])}{kind[1..]} this site names as open by then: {open.Count}{Listed(open)}. {Why(total, open.Count)}".TrimEnd());
        }
        return sentences;
    }

    /// <summary>"3 cause-of-concern reference numbers", "5 recommendations": what the named rows are, one per row.</summary>
    private static string Named(IReadOnlyList<Recommendation> items) => ByReference(items)
        ? Wording.Number(items.Count, "cause-of-concern reference number", "cause-of-concern reference numbers")
        : Wording.Number(items.Count, Labels.Of(items[0].Kind).ToLowerInvariant(), Wording.Plural(items[0].Kind));

    private static string Kind(IReadOnlyList<Recommendation> items) => ByReference(items) ? "cause-of-concern reference numbers" : Wording.Plural(items[0].Kind);

    /// <summary>Causes of concern are named one per reference number, which papers need not count by.</summary>
    private static bool ByReference(IReadOnlyList<Recommendation> items) =>
        items[0].Kind == ItemKind.CauseOfConcern && items.All(i => i.Reference is not null);

    private static string Listed(IReadOnlyList<Recommendation> items) =>
        items.Count <= 6 && items.All(i => i.Reference is not null) ? $" ({Wording.List(items.Select(i => i.Reference!).ToList())})" : "";

    /// <summary>", both inferred rather than stated by the paper": named rows the paper does not state say so.</summary>
    private static string Inferred(IReadOnlyList<StatusChange> rows)
    {
        var inferred = rows.Count(c => c.Progress.Certainty == Certainty.Inferred);
        if (inferred == 0) return "";
        var which = inferred == rows.Count ? rows.Count switch { 1 => "", 2 => "both ", _ => "all " } : $"{inferred} of them ";
        return $", {which}inferred rather than stated by the paper";
    }

    /// <summary>Why the paper's figure and the named items' may differ, in words that are true whatever the figures.</summary>
    private static string Why(Total total, int named)
    {
        if (total.CountedAs == CountedAs.Headings)
            return "A heading can hold more than one reference number, so the two figures count different things and are not compared.";
        var figure = total.Figure;
        if (named > figure.Value && !figure.IsLowerBound)
            return total.CountedAs == CountedAs.NotSaid
                ? "The paper does not say how it counts, and the papers do not explain the difference, so the two figures are not compared."
                : "The papers do not explain the difference, so the two figures are not compared.";
        if (named == figure.Value && !figure.IsLowerBound) return "";
        // An open item last reported long ago may be counted or not, so only what was signed off is subtracted.
        if (total.CountsOpen) return "The papers do not name every item their totals count, so the two figures are not the same count.";
        var others = figure.IsLowerBound ? "others" : figure.Value - named == 1 ? "the other one" : $"the other {figure.Value - named}";
        return $"This site cannot name {others} the paper counts.";
    }
}
