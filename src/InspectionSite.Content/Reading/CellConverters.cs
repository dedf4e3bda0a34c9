using System.Globalization;
using System.Text.RegularExpressions;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading;

/// <summary>
/// Converts one CSV cell. A cell that cannot be read is reported with its line and column and
/// read as blank, so that the rest of the file is still checked and every problem shows at once.
/// </summary>
public abstract class CellConverter(CsvReadContext context, bool required)
{
    protected CsvReadContext Context { get; } = context;

    /// <summary>Whether the column must be present and every cell filled in.</summary>
    public bool Required { get; } = required;

    public object? Read(string? text, string column)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (Required) Context.Report(column, $"The '{column}' cell is empty.", $"Fill in the '{column}' column; it is required.");
            return Blank;
        }
        return Convert(value, column);
    }

    protected virtual object? Blank => null;

    protected abstract object? Convert(string value, string column);
}

public sealed class TextCell(CsvReadContext context, bool required = false) : CellConverter(context, required)
{
    protected override object? Convert(string value, string column) => value;
}

public sealed class IdCell(CsvReadContext context, bool required = true) : CellConverter(context, required)
{
    protected override object? Convert(string value, string column)
    {
        if (Ids.IsValid(value)) return value;
        Context.Report(column, $"'{value}' is not a valid ID.", $"IDs become web addresses: {Ids.Rule}.");
        return null;
    }
}

/// <summary>An HMICFRS reference number, which Excel likes to turn into 9.159E+03 or a date.</summary>
public sealed partial class ReferenceCell(CsvReadContext context) : CellConverter(context, required: false)
{
    protected override object? Convert(string value, string column)
    {
        if (Digits().IsMatch(value)) return value;
        var hint = value.Contains('E', StringComparison.OrdinalIgnoreCase) || value.Contains('/')
            ? " Excel may have turned it into a number in scientific notation or a date."
            : "";
        Context.Report(column, $"'{value}' is not an HMICFRS reference number.{hint}",
            "Write the reference number as digits only (format the column as Text in Excel), e.g. 9159.");
        return null;
    }

    [GeneratedRegex("^[0-9]{1,10}$")]
    private static partial Regex Digits();
}

public sealed class DateCell(CsvReadContext context, bool required = false) : CellConverter(context, required)
{
    protected override object? Convert(string value, string column)
    {
        if (UkDate.TryParse(value, out var date)) return date;
        Context.Report(column, $"'{value}' is not a date.", $"Write the date day-first, as {UkDate.Accepted}.");
        return null;
    }
}

public sealed class ChoiceCell<T>(CsvReadContext context, bool required = false) : CellConverter(context, required)
    where T : struct, Enum
{
    protected override object? Convert(string value, string column)
    {
        if (Choice.TryParse<T>(value, out var parsed)) return parsed;
        Context.Report(column, $"'{value}' is not an allowed {column}.", $"Use one of: {string.Join(", ", Choice.Names<T>())}.");
        return null;
    }
}

public sealed class YesNoCell(CsvReadContext context) : CellConverter(context, required: false)
{
    protected override object? Convert(string value, string column) => value.ToLowerInvariant() switch
    {
        "yes" or "y" or "true" => true,
        "no" or "n" or "false" => false,
        _ => Invalid(value, column),
    };

    private object? Invalid(string value, string column)
    {
        Context.Report(column, $"'{value}' is not yes or no.", "Write yes or no, or leave the cell empty if it is not known.");
        return null;
    }
}

/// <summary>A semicolon-separated list in one cell.</summary>
public sealed class ListCell(CsvReadContext context) : CellConverter(context, required: false)
{
    protected override object? Blank => Array.Empty<string>();

    protected override object? Convert(string value, string column) =>
        value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A figure from a paper: "45", or "over 60" where the paper gives only a lower bound.</summary>
public sealed partial class CountCell(CsvReadContext context) : CellConverter(context, required: false)
{
    protected override object? Convert(string value, string column)
    {
        var match = Pattern().Match(value);
        if (match.Success) return new Count(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["over"].Success);
        Context.Report(column, $"'{value}' is not a count.", "Write a whole number such as 45, or 'over 60' where the paper says over; leave it empty if the paper gives no figure.");
        return null;
    }

    [GeneratedRegex(@"^(?:(?<over>over|more than)\s+)?(?<n>[0-9]{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

public sealed class TimescaleCell(CsvReadContext context) : CellConverter(context, required: false)
{
    protected override object? Convert(string value, string column)
    {
        if (Timescale.TryParse(value, out var timescale)) return timescale;
        Context.Report(column, $"'{value}' is not a timescale the generator understands.", $"Write {Timescale.Accepted}, or leave it empty if none was given.");
        return null;
    }
}

/// <summary>A link to a page outside the site: only http and https, so that no cell can become a script URL.</summary>
public sealed class WebAddressCell(CsvReadContext context) : CellConverter(context, required: false)
{
    protected override object? Convert(string value, string column)
    {
        if (WebAddress.TryRead(value, out var address)) return address;
        Context.Report(column, $"'{value}' is not a web address.", "Write the full address starting with https://, or leave the cell empty.");
        return null;
    }
}

/// <summary>
/// An address on this site, such as "/reports/old-name/", for redirects: it must start with "/" and
/// hold only characters that need no escaping, so that it cannot break the redirects file or leave the site.
/// A redirect's target may also be a full web address, or carry a #fragment.
/// </summary>
public sealed partial class SitePathCell(CsvReadContext context, bool isTarget) : CellConverter(context, required: true)
{
    protected override object? Convert(string value, string column)
    {
        if (isTarget && !value.StartsWith('/'))
        {
            if (WebAddress.TryRead(value, out var address)) return address;
            Context.Report(column, $"'{value}' is neither an address on this site nor a web address.",
                "Write a path starting with /, such as /reports/solihull-jtai/, or a full address starting with https://.");
            return null;
        }
        var path = isTarget ? value.Split('#')[0] : value;
        var fragment = value[path.Length..];
        if (Path().IsMatch(path) && !path.Contains("//", StringComparison.Ordinal) && !path.Split('/').Contains("..") && (fragment.Length == 0 || Fragment().IsMatch(fragment)))
            return value;
        Context.Report(column, $"'{value}' is not an address on this site.",
            "Write a path starting with /, such as /reports/solihull-jtai/, using letters, digits, hyphens, dots and slashes only.");
        return null;
    }

    [GeneratedRegex("^/[A-Za-z0-9._~/-]{0,300}$")]
    private static partial Regex Path();

    [GeneratedRegex("^#[A-Za-z0-9._-]+$")]
    private static partial Regex Fragment();
}

/// <summary>A web address that may be linked to: http or https only, never a script URL.</summary>
public static class WebAddress
{
    public static bool TryRead(string text, out string address)
    {
        var ok = Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        address = ok ? uri!.AbsoluteUri : "";
        return ok;
    }

    public static string? Problem(string text) => TryRead(text, out _) ? null : $"'{text}' is not a web address.";
}
