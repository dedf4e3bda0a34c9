using System.Globalization;

namespace InspectionSite.Content.Model;

/// <summary>
/// Reads dates the way a UK office writes them. Day-first always: 03/04/2022 is 3 April,
/// never 4 March, because Excel set to a UK locale saves it that way.
/// </summary>
public static class UkDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "d/M/yyyy", "dd/MM/yyyy",
        "d-MMM-yy", "dd-MMM-yy", "d-MMM-yyyy", "dd-MMM-yyyy",
        "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd MMM yyyy",
    ];

    public const string Accepted = "30/06/2022, 30-Jun-22, 30 June 2022 or 2022-06-30";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The form the site shows: 29 September 2022.</summary>
    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for &lt;time datetime&gt;.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
