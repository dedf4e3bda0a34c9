using System.Text;
using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Reading.Schema;

/// <summary>A CSV file of the input, whatever its rows are read into.</summary>
public interface ITableSchema : IInputSchema
{
    string FileName { get; }

    bool Optional { get; }

    /// <summary>The header row, which is also the office's blank template of the file.</summary>
    string Header { get; }

    string ExampleRow { get; }

    /// <summary>The rows of the file's text, each as its model record; every problem is reported.</summary>
    IReadOnlyList<object> Read(string text, CsvReadContext context);
}

/// <summary>
/// One CSV file of the input: its columns, and how a row's values make a model record. It reads the file (with
/// <see cref="CsvTableReader"/>) and writes one (for the synthetic input and the office's blank template).
/// </summary>
public sealed class TableSchema<TModel>(string fileName, string description, IReadOnlyList<Column<TModel>> columns, Func<Row, SourceLocation, TModel> create)
    : Schema<TModel>(fileName, description, columns), ITableSchema
    where TModel : class
{
    public string FileName => Name;

    /// <summary>Whether the build runs without the file.</summary>
    public bool Optional { get; init; }

    internal TModel Create(object?[] values, SourceLocation source) => create(new Row(values), source);

    public IReadOnlyList<TModel> Read(string text, CsvReadContext context) => CsvTableReader.Read(text, context, this);

    IReadOnlyList<object> ITableSchema.Read(string text, CsvReadContext context) => Read(text, context);

    public string Header => CsvText.Line(Columns.Select(c => c.Name));

    /// <summary>The file as Excel would save it: the header, then a line per row.</summary>
    public string Write(IEnumerable<TModel> rows)
    {
        var text = new StringBuilder(Header);
        foreach (var row in rows) text.Append(CsvText.Line(Columns.Select(c => c.Text(row))));
        return text.ToString();
    }

    public string ExampleRow => CsvText.Line(Columns.Select(c => c.Example));
}

/// <summary>CSV the way Excel saves it: cells quoted only when they must be, a line feed after each row.</summary>
public static class CsvText
{
    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\n";

    private static string Cell(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
