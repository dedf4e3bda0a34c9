using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Model;

/// <summary>Whether an item's timescale covers the whole item or only part of it ("Write … within six months").</summary>
public enum TimescaleScope { Whole, Part }

/// <summary>
/// Whether an item is overdue: yes only when its due date is stated or safely worked out, has passed, and the item was
/// last reported open at a recent meeting; not known when any of that is not known.
/// </summary>
public enum Overdue { Yes, No, NotKnown }

/// <summary>
/// When HMICFRS expects an item to be done, as worded in the report
/// ("Immediately", "Within three months", "By March 2023").
/// </summary>
public abstract partial record Timescale(string Text)
{
    /// <summary>
    /// The due date of an item with this timescale raised by a report published on <paramref name="published"/>: as the
    /// paper states it, worked out by a rule that is shown, or not known with the reason.
    /// </summary>
    public abstract Known<PartialDate> Due(PartialDate? published);

    public const string Accepted = "\"Immediately\", \"Within three months\" (days, weeks, months or years, in words or digits), or \"By March 2023\" / \"By 31 March 2023\"";

    /// <summary>
    /// An item's due date. Only a timescale that covers the whole item gives one: a date for a part says nothing of
    /// when the whole is due.
    /// </summary>
    public static Known<PartialDate> DueOf(Timescale? timescale, TimescaleScope scope, Report? report)
    {
        if (timescale is null) return Known<PartialDate>.NotKnown("the paper gives no timescale");
        if (scope == TimescaleScope.Part) return Known<PartialDate>.NotKnown($"“{timescale.Text}” applies to only part of the item");
        if (report is null && timescale is Within) return Known<PartialDate>.NotKnown("the report it came from, and so its publication date, is not recorded");
        return timescale.Due(report?.Published);
    }

    public static bool TryParse(string text, out Timescale? timescale)
    {
        var trimmed = text.Trim();
        timescale = null;
        if (ImmediatelyPattern().IsMatch(trimmed))
        {
            timescale = new Immediately(trimmed);
        }
        else if (WithinPattern().Match(trimmed) is { Success: true } within
                 && TryReadNumber(within.Groups["n"].Value, out var amount))
        {
            var unit = within.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            timescale = new Within(trimmed, amount, Enum.Parse<PeriodUnit>(unit, ignoreCase: true));
        }
        else if (ByPattern().Match(trimmed) is { Success: true } by && TryReadDeadline(by.Groups["when"].Value, out var due))
        {
            timescale = new By(trimmed, due);
        }
        return timescale is not null;
    }

    /// <summary>A day, or a month or year as a whole: "By March 2023" is due by the end of March, not on a day the paper never named.</summary>
    private static bool TryReadDeadline(string when, out PartialDate due) =>
        PartialDate.TryParse(when, out due) && !due.IsExpected && due.Precision != DatePrecision.Week;

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four",
    ];

    private static bool TryReadNumber(string word, out int number)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out number)) return number > 0;
        number = Array.IndexOf(NumberWords, word.ToLowerInvariant().Replace(' ', '-'));
        return number > 0;
    }

    /// <summary>"six months", "2 weeks", "one year": an amount of a unit in words.</summary>
    internal static string Period(int amount, PeriodUnit unit)
    {
        var count = amount < NumberWords.Length ? NumberWords[amount] : amount.ToString(CultureInfo.InvariantCulture);
        var name = unit.ToString().ToLowerInvariant();
        return $"{count} {name}{(amount == 1 ? "" : "s")}";
    }

    [GeneratedRegex(@"^immediately\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImmediatelyPattern();

    [GeneratedRegex(@"^within\s+(?<n>[a-z]+(?:[ -][a-z]+)?|\d+)\s+(?<unit>days?|weeks?|months?|years?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithinPattern();

    [GeneratedRegex(@"^by\s+(?:the\s+end\s+of\s+)?(?<when>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByPattern();
}

public enum PeriodUnit { Day, Week, Month, Year }

/// <summary>"Immediately" names no date: reading it as the publication day would put words in the paper's mouth.</summary>
public sealed record Immediately(string Text) : Timescale(Text)
{
    public override Known<PartialDate> Due(PartialDate? published) => Known<PartialDate>.NotKnown("Immediately: the paper gives no date");
}

/// <summary>Due a period after publication: worked out only from a whole publication date the papers state.</summary>
public sealed record Within(string Text, int Amount, PeriodUnit Unit) : Timescale(Text)
{
    public override Known<PartialDate> Due(PartialDate? published)
    {
        if (published is not { } date) return Known<PartialDate>.NotKnown("the report's publication date is not known");
        if (date.Exact is not { } start) return Known<PartialDate>.NotKnown($"the report's publication date is known only as {date.Display}");
        var due = Unit switch
        {
            PeriodUnit.Day => start.AddDays(Amount),
            PeriodUnit.Week => start.AddDays(7 * Amount),
            PeriodUnit.Month => start.AddMonths(Amount),
            _ => start.AddYears(Amount),
        };
        return new Known<PartialDate>(PartialDate.Day(due), Certainty.Calculated, $"{Period(Amount, Unit)} after publication on {UkDate.Display(start)}");
    }
}

/// <summary>Due by a day or by the end of a month or year, as the paper states it.</summary>
public sealed record By(string Text, PartialDate Deadline) : Timescale(Text)
{
    public override Known<PartialDate> Due(PartialDate? published) => Known<PartialDate>.Stated(Deadline);
}
