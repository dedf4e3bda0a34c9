using System.Globalization;

namespace InspectionSite.Content.Charts;

/// <summary>
/// A length of calendar period that a chart with too many events or meetings to list counts or samples them by:
/// a month, a quarter (January to March, and so on) or a year.
/// </summary>
public sealed record Period
{
    private Period(int months, string name, string tickFormat) => (Months, Name, TickFormat) = (months, name, tickFormat);

    public static readonly Period Month = new(1, "month", "%b<br>%Y");
    public static readonly Period Quarter = new(3, "quarter", "%b<br>%Y");
    public static readonly Period Year = new(12, "year", "%Y");

    /// <summary>A table lists up to this many events or meetings one by one; beyond it a chart aggregates them.</summary>
    public const int MaxListed = 60;

    /// <summary>The most rows an aggregated table may have: it takes the shortest period that keeps within them.</summary>
    public const int MaxRows = 60;

    public int Months { get; }

    /// <summary>"quarter", as it reads in a sentence.</summary>
    public string Name { get; }

    /// <summary>"Quarter", as it heads a column or an axis.</summary>
    public string Heading => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>How a date axis labels its ticks: the month over the year, or the year alone.</summary>
    public string TickFormat { get; }

    /// <summary>
    /// The period to aggregate these dates by, or null when there are few enough to list each one: the shortest of a
    /// month, a quarter and a year that divides the span from the first date to the last into at most
    /// <see cref="MaxRows"/> periods (a year whatever the span, when none does).
    /// </summary>
    public static Period? For(IReadOnlyCollection<DateOnly> dates)
    {
        if (dates.Count <= MaxListed) return null;
        var (first, last) = (dates.Min(), dates.Max());
        return new[] { Month, Quarter }.FirstOrDefault(p => p.Count(first, last) <= MaxRows) ?? Year;
    }

    /// <summary>How many periods the span from <paramref name="first"/> to <paramref name="last"/> touches.</summary>
    public int Count(DateOnly first, DateOnly last) => Index(last) - Index(first) + 1;

    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public DateOnly StartOf(DateOnly date) => new(date.Year, (date.Month - 1) / Months * Months + 1, 1);

    /// <summary>The first day of every period from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    public IReadOnlyList<DateOnly> Between(DateOnly first, DateOnly last) =>
        Enumerable.Range(0, Count(first, last)).Select(i => StartOf(first).AddMonths(i * Months)).ToList();

    /// <summary>The period starting on <paramref name="start"/> as a table heads its row: "March 2022", "January to March 2022", "2022".</summary>
    public string Label(DateOnly start) => Months switch
    {
        1 => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        12 => start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{start.ToString("MMMM", CultureInfo.InvariantCulture)} to {start.AddMonths(Months - 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
    };

    private int Index(DateOnly date) => (date.Year * 12 + date.Month - 1) / Months;
}
