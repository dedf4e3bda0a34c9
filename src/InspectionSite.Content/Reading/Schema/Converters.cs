using System.Globalization;
using System.Text.RegularExpressions;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;

namespace InspectionSite.Content.Reading.Schema;

/// <summary>What a column holds, in plain English for the input-format document, and how it is published.</summary>
public abstract class Converter
{
    /// <summary>The format an editor writes, as one sentence.</summary>
    public abstract string Format { get; }

    public virtual DataType DataType => DataType.String;

    /// <summary>The values allowed, each with its label; empty when any value of the format is.</summary>
    public virtual IReadOnlyList<(string Name, string Label)> Allowed => [];
}

/// <summary>
/// Reads one cell or front-matter field into a <typeparamref name="T"/>, and writes it back. A cell that cannot be
/// read is reported with its line and column and read as blank, so that the rest of the file is still checked.
/// </summary>
public abstract class Converter<T> : Converter
{
    /// <summary>The value of an empty cell.</summary>
    public virtual T Blank => default!;

    /// <summary>Reads a cell's trimmed, non-empty text; on a problem reports it and returns anything.</summary>
    public abstract T Read(string text, string column, CsvReadContext context);

    /// <summary>Reads a front-matter field, reporting a missing required one.</summary>
    public virtual T ReadField(FrontMatterDocument document, string key, bool required) =>
        throw new NotSupportedException($"A {GetType().Name} is not read from front matter.");

    /// <summary>The text an editor would write for the value; null for an empty cell.</summary>
    public virtual string? Write(T value) => value?.ToString();

    /// <summary>The value as the open data publishes it: a string, DateOnly, bool or list of strings, or null.</summary>
    public virtual object? Data(T value) => Write(value);

    public virtual bool Same(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
}

public sealed class TextConverter : Converter<string?>
{
    public override string Format => "Text.";

    public override string? Read(string text, string column, CsvReadContext context) => text;

    public override string? ReadField(FrontMatterDocument document, string key, bool required) => document.Text(key, required);
}

/// <summary>Text that must pass a check, such as a web address in site.yml.</summary>
public sealed class CheckedTextConverter(string format, Func<string, string?> problemOf, string fix) : Converter<string?>
{
    public override string Format => format;

    public override string? Read(string text, string column, CsvReadContext context)
    {
        if (problemOf(text) is not { } problem) return text;
        context.Report(column, problem, fix);
        return null;
    }

    public override string? ReadField(FrontMatterDocument document, string key, bool required) => document.Text(key, problemOf, fix);
}

public sealed class IdConverter : Converter<string?>
{
    public override string Format => $"An ID: {Ids.Rule}.";

    public override string? Read(string text, string column, CsvReadContext context)
    {
        if (Ids.IsValid(text)) return text;
        context.Report(column, $"'{text}' is not a valid ID.", $"IDs become web addresses: {Ids.Rule}.");
        return null;
    }
}

/// <summary>A list of IDs in front matter, written as [a, b] or as "- a" lines.</summary>
public sealed class IdListConverter : Converter<IReadOnlyList<string>>
{
    public override string Format => $"A list of IDs, as [a, b] or one '- a' line each: {Ids.Rule}.";

    public override DataType DataType => DataType.List;

    public override IReadOnlyList<string> Blank => [];

    public override IReadOnlyList<string> Read(string text, string column, CsvReadContext context) => throw new NotSupportedException("ID lists are read from front matter.");

    public override IReadOnlyList<string> ReadField(FrontMatterDocument document, string key, bool required) => document.IdList(key);

    public override string? Write(IReadOnlyList<string> value) => string.Join(", ", value);

    public override object? Data(IReadOnlyList<string> value) => value.Distinct().ToList();

    public override bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b);
}

/// <summary>The reports a paper presents, each perhaps with why it is on the agenda.</summary>
public sealed record ReportsOnAgenda(IReadOnlyList<string> Ids, IReadOnlyDictionary<string, AgendaReason> Reasons);

/// <summary>
/// The reports of a meeting's front matter: a list of IDs, or a mapping of each ID to why the paper presents it
/// ("solihull-jtai: published-since-last-meeting").
/// </summary>
public sealed class ReportsOnAgendaConverter : Converter<ReportsOnAgenda>
{
    public override string Format =>
        $"A list of IDs, as [a, b] or one '- a' line each; or one 'id: reason' line each, indented, where the reason is one of {string.Join(", ", ValueSets.AgendaReasons.Names)}: {Ids.Rule}.";

    public override DataType DataType => DataType.List;

    public override ReportsOnAgenda Blank => new([], new Dictionary<string, AgendaReason>());

    public override ReportsOnAgenda Read(string text, string column, CsvReadContext context) => throw new NotSupportedException("Reports on an agenda are read from front matter.");

    public override ReportsOnAgenda ReadField(FrontMatterDocument document, string key, bool required)
    {
        var (ids, reasons) = document.IdMap(key, ValueSets.AgendaReasons);
        return new ReportsOnAgenda(ids, reasons);
    }

    public override string? Write(ReportsOnAgenda value) =>
        string.Join(", ", value.Ids.Select(id => value.Reasons.TryGetValue(id, out var reason) ? $"{id}: {ValueSets.AgendaReasons.NameOf(reason)}" : id));

    public override object? Data(ReportsOnAgenda value) => value.Ids.Distinct().ToList();

    public override bool Same(ReportsOnAgenda a, ReportsOnAgenda b) =>
        a.Ids.SequenceEqual(b.Ids) && a.Reasons.Count == b.Reasons.Count && a.Reasons.All(r => b.Reasons.TryGetValue(r.Key, out var other) && other == r.Value);
}

/// <summary>The documents a paper lists as attached: entries of a title, a kind and perhaps a web address.</summary>
public sealed class PaperDocumentsConverter : Converter<IReadOnlyList<PaperDocument>>
{
    public override string Format =>
        $"A list of entries, each '- title: ...' with 'kind: ...' ({string.Join(" or ", ValueSets.DocumentKinds.Names)}) and, where it is published, 'url: https://...' or, for its PDF in the meetings folder, 'file: ....pdf' on the lines below.";

    public override DataType DataType => DataType.List;

    public override IReadOnlyList<PaperDocument> Blank => [];

    public override IReadOnlyList<PaperDocument> Read(string text, string column, CsvReadContext context) => throw new NotSupportedException("Documents are read from front matter.");

    public override IReadOnlyList<PaperDocument> ReadField(FrontMatterDocument document, string key, bool required)
    {
        var documents = new List<PaperDocument>();
        foreach (var (values, at) in document.Entries(key, "title", "kind", "url", "file"))
        {
            if (!values.TryGetValue("title", out var title))
            {
                document.ReportAt(at, $"An entry of '{key}' has no title.", "Give each document its title as the paper lists it: '- title: ...'.");
                continue;
            }
            var kind = DocumentKind.Background;
            if (values.TryGetValue("kind", out var kindText) && !ValueSets.DocumentKinds.TryParse(kindText.Text, out kind))
                document.ReportAt(kindText.At, $"'{kindText.Text}' is not an allowed kind of document.", $"Use one of: {string.Join(", ", ValueSets.DocumentKinds.Names)}.");
            string? url = null;
            if (values.TryGetValue("url", out var urlText) && !WebAddress.TryRead(urlText.Text, out url!))
            {
                document.ReportAt(urlText.At, $"'{urlText.Text}' is not a web address.", "Write the full address starting with https://, or leave the url out.");
                url = null;
            }
            string? file = null;
            if (values.TryGetValue("file", out var fileText))
            {
                if (IsPdfName(fileText.Text)) file = fileText.Text;
                else document.ReportAt(fileText.At, $"'{fileText.Text}' is not the name of a PDF file.",
                    "Write the name of the document's PDF in the meetings folder, ending .pdf and with no folder before it (2022-09-29-appendix-a.pdf), or delete the line.");
            }
            documents.Add(new PaperDocument(title.Text, kind, url, file, file is null ? null : fileText.At));
        }
        return documents;
    }

    /// <summary>A file beside the meeting's: a name only, so that nothing outside the meetings folder is read or published.</summary>
    private static bool IsPdfName(string name) =>
        name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && name.Length > 4 && !name.StartsWith('.')
        && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.Any(char.IsControl);

    public override string? Write(IReadOnlyList<PaperDocument> value) => string.Join("; ", value.Select(d => d.Title));

    public override object? Data(IReadOnlyList<PaperDocument> value) =>
        value.Select(d => $"{d.Title} ({ValueSets.DocumentKinds.NameOf(d.Kind)}{(d.Url is { } url ? ", " + url : "")})").ToList();

    public override bool Same(IReadOnlyList<PaperDocument> a, IReadOnlyList<PaperDocument> b) => a.SequenceEqual(b);
}

/// <summary>An HMICFRS reference number, which Excel likes to turn into 9.159E+03 or a date.</summary>
public sealed partial class ReferenceConverter : Converter<string?>
{
    public override string Format => "An HMICFRS reference number, digits only (format the column as Text in Excel).";

    public override string? Read(string text, string column, CsvReadContext context)
    {
        if (Digits().IsMatch(text)) return text;
        var hint = text.Contains('E', StringComparison.OrdinalIgnoreCase) || text.Contains('/')
            ? " Excel may have turned it into a number in scientific notation or a date."
            : "";
        context.Report(column, $"'{text}' is not an HMICFRS reference number.{hint}",
            "Write the reference number as digits only (format the column as Text in Excel), e.g. 9159.");
        return null;
    }

    [GeneratedRegex("^[0-9]{1,10}$")]
    private static partial Regex Digits();
}

public sealed class DateConverter : Converter<DateOnly?>
{
    public override string Format => $"A date, day first: {UkDate.Accepted}.";

    public override DataType DataType => DataType.Date;

    public override DateOnly? Read(string text, string column, CsvReadContext context)
    {
        if (UkDate.TryParse(text, out var date)) return date;
        context.Report(column, $"'{text}' is not a date.", $"Write the date day-first, as {UkDate.Accepted}.");
        return null;
    }

    public override DateOnly? ReadField(FrontMatterDocument document, string key, bool required) => document.Date(key, required);

    public override string? Write(DateOnly? value) => value is { } date ? UkDate.Iso(date) : null;

    public override object? Data(DateOnly? value) => value;
}

/// <summary>A date as a paper gives it, whole or partial (<see cref="PartialDate"/>).</summary>
public sealed class PartialDateConverter : Converter<PartialDate?>
{
    public override string Format => $"A date as the paper gives it: {PartialDate.Accepted}.";

    public override PartialDate? Read(string text, string column, CsvReadContext context)
    {
        if (PartialDate.TryParse(text, out var date)) return date;
        context.Report(column, $"'{text}' is not a date.", $"Write {PartialDate.Accepted}.");
        return null;
    }

    public override string? Write(PartialDate? value) => value?.Written;
}

/// <summary>One of a <see cref="ValueSet{T}"/>'s names, for values that are data (inspection kinds).</summary>
public sealed class ChoiceConverter<T>(ValueSet<T> values) : Converter<T?> where T : class
{
    public override string Format => Choosing.Format;

    public override IReadOnlyList<(string Name, string Label)> Allowed => Choosing.Allowed(values);

    public override T? Read(string text, string column, CsvReadContext context) => Choosing.TryRead(values, text, column, context, out var value) ? value : null;

    public override string? Write(T? value) => value is null ? null : values.NameOf(value);
}

/// <summary>One of a <see cref="ValueSet{T}"/>'s names, for values code acts on (open or signed off), which are enums.</summary>
public sealed class EnumChoiceConverter<T>(ValueSet<T> values) : Converter<T?> where T : struct, Enum
{
    public override string Format => Choosing.Format;

    public override IReadOnlyList<(string Name, string Label)> Allowed => Choosing.Allowed(values);

    public override T? Read(string text, string column, CsvReadContext context) => Choosing.TryRead(values, text, column, context, out var value) ? value : null;

    public override string? Write(T? value) => value is { } v ? values.NameOf(v) : null;
}

internal static class Choosing
{
    public const string Format = "One of the allowed values.";

    public static IReadOnlyList<(string Name, string Label)> Allowed<T>(ValueSet<T> values) where T : notnull =>
        values.Values.Select(v => (v.Name, v.Label)).ToList();

    public static bool TryRead<T>(ValueSet<T> values, string text, string column, CsvReadContext context, out T value) where T : notnull
    {
        if (values.TryParse(text, out value)) return true;
        context.Report(column, $"'{text}' is not an allowed {column}.", $"Use one of: {string.Join(", ", values.Names)}.");
        return false;
    }
}

public sealed class YesNoConverter : Converter<bool?>
{
    public override string Format => "yes or no; empty if not known.";

    public override DataType DataType => DataType.Boolean;

    public override bool? Read(string text, string column, CsvReadContext context)
    {
        switch (text.ToLowerInvariant())
        {
            case "yes" or "y" or "true": return true;
            case "no" or "n" or "false": return false;
            default:
                context.Report(column, $"'{text}' is not yes or no.", "Write yes or no, or leave the cell empty if it is not known.");
                return null;
        }
    }

    public override string? Write(bool? value) => value switch { true => "yes", false => "no", _ => null };

    public override object? Data(bool? value) => value;
}

/// <summary>A semicolon-separated list in one cell.</summary>
public sealed class ListConverter : Converter<IReadOnlyList<string>>
{
    public override string Format => "A list, separated by semicolons.";

    public override DataType DataType => DataType.List;

    public override IReadOnlyList<string> Blank => [];

    public override IReadOnlyList<string> Read(string text, string column, CsvReadContext context) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override string? Write(IReadOnlyList<string> value) => string.Join("; ", value);

    public override object? Data(IReadOnlyList<string> value) => value;

    public override bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b);
}

/// <summary>A figure from a paper: "45", or "over 60" where the paper gives only a lower bound.</summary>
/// <summary>How many items one row stands for: a whole number of at least one.</summary>
public sealed class ItemCountConverter : Converter<int?>
{
    public override string Format => "A whole number, 1 or more; empty for one.";

    public override int? Read(string text, string column, CsvReadContext context)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
        context.Report(column, $"'{text}' is not a number of items.", "Write how many items the row stands for, such as 6, or leave it empty for one.");
        return null;
    }

    public override string? Write(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

public sealed partial class CountConverter : Converter<Count?>
{
    public override string Format => "A whole number such as 45, or 'over 60' where the paper says over; empty if the paper gives no figure.";

    public override Count? Read(string text, string column, CsvReadContext context)
    {
        var match = Pattern().Match(text);
        if (match.Success) return new Count(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["over"].Success);
        context.Report(column, $"'{text}' is not a count.", "Write a whole number such as 45, or 'over 60' where the paper says over; leave it empty if the paper gives no figure.");
        return null;
    }

    [GeneratedRegex(@"^(?:(?<over>over|more than)\s+)?(?<n>[0-9]{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

/// <summary>A whole number within bounds, such as a number of meetings in site.yml.</summary>
public sealed class WholeNumberConverter(int min, int max) : Converter<int?>
{
    public override string Format => $"A whole number from {min} to {max}.";

    public override int? Read(string text, string column, CsvReadContext context)
    {
        if (Problem(text) is not { } problem) return int.Parse(text, CultureInfo.InvariantCulture);
        context.Report(column, problem, Fix);
        return null;
    }

    public override int? ReadField(FrontMatterDocument document, string key, bool required) =>
        document.Text(key, Problem, Fix) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public override string? Write(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private string? Problem(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? null : $"'{text}' is not a whole number from {min} to {max}.";

    private string Fix => $"Write a whole number from {min} to {max}, such as {min + 1}, or delete the line to use the default.";
}

public sealed class TimescaleConverter : Converter<Timescale?>
{
    public override string Format => $"{Timescale.Accepted}.";

    public override Timescale? Read(string text, string column, CsvReadContext context)
    {
        if (Timescale.TryParse(text, out var timescale)) return timescale;
        context.Report(column, $"'{text}' is not a timescale the generator understands.", $"Write {Timescale.Accepted}, or leave it empty if none was given.");
        return null;
    }

    public override string? Write(Timescale? value) => value?.Text;
}

/// <summary>A link to a page outside the site: only http and https, so that no cell can become a script URL.</summary>
public sealed class WebAddressConverter : Converter<string?>
{
    public override string Format => "A full web address starting with https://.";

    public override string? Read(string text, string column, CsvReadContext context)
    {
        if (WebAddress.TryRead(text, out var address)) return address;
        context.Report(column, $"'{text}' is not a web address.", "Write the full address starting with https://, or leave the cell empty.");
        return null;
    }
}

/// <summary>
/// An address on this site, such as "/reports/old-name/", for redirects: it must start with "/" and
/// hold only characters that need no escaping, so that it cannot break the redirects file or leave the site.
/// A redirect's target may also be a full web address, or carry a #fragment.
/// </summary>
public sealed partial class SitePathConverter(bool isTarget) : Converter<string?>
{
    public override string Format => isTarget
        ? "An address on this site starting with /, such as /reports/solihull-jtai/ (it may end with a #fragment), or a full web address."
        : "An address on this site starting with /, such as /reports/old-name/.";

    public override string? Read(string text, string column, CsvReadContext context)
    {
        if (isTarget && !text.StartsWith('/'))
        {
            if (WebAddress.TryRead(text, out var address)) return address;
            context.Report(column, $"'{text}' is neither an address on this site nor a web address.",
                "Write a path starting with /, such as /reports/solihull-jtai/, or a full address starting with https://.");
            return null;
        }
        var path = isTarget ? text.Split('#')[0] : text;
        var fragment = text[path.Length..];
        if (Path().IsMatch(path) && !path.Contains("//", StringComparison.Ordinal) && !path.Split('/').Contains("..") && (fragment.Length == 0 || Fragment().IsMatch(fragment)))
            return text;
        context.Report(column, $"'{text}' is not an address on this site.",
            "Write a path starting with /, such as /reports/solihull-jtai/, using letters, digits, hyphens, dots and slashes only.");
        return null;
    }

    [GeneratedRegex("^/[A-Za-z0-9._~/-]{0,300}$")]
    private static partial Regex Path();

    [GeneratedRegex("^#[A-Za-z0-9._-]+$")]
    private static partial Regex Fragment();
}

/// <summary>The converters the schemas use.</summary>
public static class Converters
{
    public static readonly TextConverter Text = new();
    public static readonly IdConverter Id = new();
    public static readonly IdListConverter IdList = new();
    public static readonly ReferenceConverter Reference = new();
    public static readonly DateConverter Date = new();
    public static readonly PartialDateConverter PartialDate = new();
    public static readonly YesNoConverter YesNo = new();
    public static readonly ListConverter List = new();
    public static readonly CountConverter Count = new();
    public static readonly ItemCountConverter ItemCount = new();
    public static readonly TimescaleConverter Timescale = new();
    public static readonly WebAddressConverter Address = new();
    public static readonly SitePathConverter SitePath = new(isTarget: false);
    public static readonly SitePathConverter SitePathOrAddress = new(isTarget: true);
    public static readonly ChoiceConverter<InspectionKind> InspectionKind = new(ValueSets.InspectionKinds);
    public static readonly EnumChoiceConverter<ItemKind> ItemKind = new(ValueSets.ItemKinds);
    public static readonly EnumChoiceConverter<ItemStatus> Status = new(ValueSets.Statuses);
    public static readonly EnumChoiceConverter<Rag> Rag = new(ValueSets.Rags);
    public static readonly EnumChoiceConverter<Certainty> Certainty = new(ValueSets.Certainties);
    public static readonly EnumChoiceConverter<TimescaleScope> TimescaleScope = new(ValueSets.TimescaleScopes);
    public static readonly EnumChoiceConverter<Overdue> Overdue = new(ValueSets.OverdueAnswers);
    public static readonly EnumChoiceConverter<Measure> Measure = new(ValueSets.Measures);
    public static readonly EnumChoiceConverter<CountedAs> CountedAs = new(ValueSets.Units);
    public static readonly EnumChoiceConverter<EventKind> EventKind = new(ValueSets.EventKinds);
    public static readonly EnumChoiceConverter<ReportItems> ReportItems = new(ValueSets.ReportItemsTracked);
    public static readonly ReportsOnAgendaConverter ReportsOnAgenda = new();
    public static readonly PaperDocumentsConverter PaperDocuments = new();
}
