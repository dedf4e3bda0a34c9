using System.Globalization;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Charts;

/// <summary>Small pieces of plain English for chart summaries.</summary>
public static class Wording
{
    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    /// <summary>"1 item", "2 items".</summary>
    public static string Number(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    public static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");

    /// <summary>"30 June and 29 September 2022", naming the year once when both dates share it.</summary>
    public static string Pair(DateOnly first, DateOnly last) =>
        first.Year == last.Year
            ? $"{first.ToString("d MMMM", CultureInfo.InvariantCulture)} and {UkDate.Display(last)}"
            : $"{UkDate.Display(first)} and {UkDate.Display(last)}";

    /// <summary>"on 4 April 2022" for one date, "between 4 April and 18 April 2022" for a span.</summary>
    public static string Span(DateOnly first, DateOnly last) =>
        first == last ? "on " + UkDate.Display(first) : "between " + Pair(first, last);

    /// <summary>A status as it reads inside a sentence: "open", "signed off by HMICFRS".</summary>
    public static string Of(ItemStatus? status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.EvidenceGathering => "gathering evidence",
        ItemStatus.SignedOffByForce => "signed off by the force",
        ItemStatus.SignedOffByHmicfrs => "signed off by HMICFRS",
        ItemStatus.NoFurtherAction => "closed with no further action required",
        _ => "of unknown status",
    };

    /// <summary>"meeting", "2 meetings".</summary>
    public static string Meetings(int count) => count == 1 ? "meeting" : Number(count, "meeting", "meetings");

    /// <summary>The rule for items not reported lately, as a sentence for the charts and pages that apply it.</summary>
    public static string StaleRule(int meetings) =>
        $"An item last reported open but not reported at any of the last {Meetings(meetings)} is not counted as open now: the site says when it was last reported.";

    /// <summary>A kind of item as it reads inside a sentence: "recommendations", "causes of concern".</summary>
    public static string Plural(ItemKind kind) => Labels.Plural(kind).ToLowerInvariant();
}
