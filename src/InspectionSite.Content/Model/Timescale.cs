using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Model;

/// <summary>
/// When HMICFRS expects an item to be done, as worded in the report
/// ("Immediately", "Within three months", "By March 2023").
/// </summary>
public abstract partial record Timescale(string Text)
{
    /// <summary>The due date, or null when it depends on a publication date that is not known.</summary>
    public abstract DateOnly? DueDate(DateOnly? published);

    public const string Accepted = "\"Immediately\", \"Within three months\" (days, weeks, months or years, in words or digits), or \"By March 2023\" / \"By 31 March 2023\"";

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

    private static bool TryReadDeadline(string when, out DateOnly due)
    {
        if (UkDate.TryParse(when, out due)) return true;
        if (DateOnly.TryParseExact(when.Trim(), ["MMMM yyyy", "MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            due = month.AddMonths(1).AddDays(-1);
            return true;
        }
        return false;
    }

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

    [GeneratedRegex(@"^immediately\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImmediatelyPattern();

    [GeneratedRegex(@"^within\s+(?<n>[a-z]+(?:[ -][a-z]+)?|\d+)\s+(?<unit>days?|weeks?|months?|years?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithinPattern();

    [GeneratedRegex(@"^by\s+(?:the\s+end\s+of\s+)?(?<when>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByPattern();
}

public enum PeriodUnit { Day, Week, Month, Year }

/// <summary>Due on the day the report was published.</summary>
public sealed record Immediately(string Text) : Timescale(Text)
{
    public override DateOnly? DueDate(DateOnly? published) => published;
}

/// <summary>Due a period after publication.</summary>
public sealed record Within(string Text, int Amount, PeriodUnit Unit) : Timescale(Text)
{
    public override DateOnly? DueDate(DateOnly? published) => published is not { } start ? null : Unit switch
    {
        PeriodUnit.Day => start.AddDays(Amount),
        PeriodUnit.Week => start.AddDays(7 * Amount),
        PeriodUnit.Month => start.AddMonths(Amount),
        _ => start.AddYears(Amount),
    };
}

/// <summary>Due by a fixed date; a month alone means its last day.</summary>
public sealed record By(string Text, DateOnly Due) : Timescale(Text)
{
    public override DateOnly? DueDate(DateOnly? published) => Due;
}
