using System.Text;

namespace InspectionSite.Synthetic;

/// <summary>Writes CSV the way Excel saves it: a header row, then one line per row, cells quoted only when they must be.</summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv(params string[] header) => Row(header);

    public Csv Row(params string?[] cells)
    {
        _text.AppendJoin(',', cells.Select(Cell)).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Cell(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
