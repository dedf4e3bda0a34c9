using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Model;

/// <summary>How much of a date a paper gives.</summary>
public enum DatePrecision { Year, Month, Week, Day }

/// <summary>
/// A date as a paper gives it: a year ("2014"), a month ("July 2014"), a week ("W/C 4th April") or a day, and
/// perhaps only expected ("report expected March 2018"). It is shown as written, and sorted and charted by the
/// first day of its period.
/// </summary>
public readonly partial record struct PartialDate(DateOnly Start, DatePrecision Precision, bool IsExpected = false) : IComparable<PartialDate>
{
    public const string Accepted = "a day (30/06/2022, 30 June 2022 or 2022-06-30), a month (2022-07 or July 2022), a year (2022), or a week as 'w/c 04/04/2022'; any of them after 'expected' when the paper only expects it";

    /// <summary>A full date the paper states.</summary>
    public static PartialDate Day(DateOnly date) => new(date, DatePrecision.Day);

    /// <summary>The last day of its period.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Start.Year, 12, 31),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Week => Start.AddDays(6),
        _ => Start,
    };

    /// <summary>The date itself when the paper gives a whole one as fact; null for a period or an expectation.</summary>
    public DateOnly? Exact => Precision == DatePrecision.Day && !IsExpected ? Start : null;

    public bool IsPartial => Precision != DatePrecision.Day;

    /// <summary>As the site shows it: "2014", "July 2014", "week commencing 4 April 2022", "expected March 2018".</summary>
    public string Display
    {
        get
        {
            var text = Precision switch
            {
                DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
                DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                DatePrecision.Week => "week commencing " + UkDate.Display(Start),
                _ => UkDate.Display(Start),
            };
            return IsExpected ? "expected " + text : text;
        }
    }

    /// <summary>As an editor writes it, and as the open data publishes it: "2014", "2014-07", "w/c 2022-04-04".</summary>
    public string Written
    {
        get
        {
            var text = Precision switch
            {
                DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
                DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                DatePrecision.Week => "w/c " + UkDate.Iso(Start),
                _ => UkDate.Iso(Start),
            };
            return IsExpected ? "expected " + text : text;
        }
    }

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision); // a whole month sorts before its first day
    }

    public override string ToString() => Written;

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var rest = text.Trim();
        var expected = Expected().Match(rest);
        if (expected.Success) rest = rest[expected.Length..];
        var week = WeekCommencing().Match(rest);
        if (week.Success)
        {
            if (!UkDate.TryParse(rest[week.Length..], out var monday)) return false;
            date = new PartialDate(monday, DatePrecision.Week, expected.Success);
            return true;
        }
        if (UkDate.TryParse(rest, out var day)) date = new PartialDate(day, DatePrecision.Day, expected.Success);
        else if (DateOnly.TryParseExact(rest, ["yyyy-MM", "MMMM yyyy", "MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            date = new PartialDate(month, DatePrecision.Month, expected.Success);
        else if (Year().IsMatch(rest)) date = new PartialDate(new DateOnly(int.Parse(rest, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year, expected.Success);
        else return false;
        return true;
    }

    [GeneratedRegex(@"^expected\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Expected();

    [GeneratedRegex(@"^(?:w/c|week\s+commencing)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WeekCommencing();

    [GeneratedRegex("^(19|20)[0-9]{2}$")]
    private static partial Regex Year();
}
