using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Reading;

/// <summary>What the cell converters of one CSV file need to report a problem at its line and column.</summary>
public sealed class CsvReadContext(string file, DiagnosticBag diagnostics, SourceMap? sourceMap = null)
{
    private IReadOnlyDictionary<string, int> _columns = new Dictionary<string, int>();

    public string File { get; } = file;

    /// <summary>The line on which the record being read starts (a quoted cell may span several).</summary>
    public int Line { get; set; }

    public bool RecordHasErrors { get; private set; }

    /// <summary>Whether any problem was reported in this file.</summary>
    public bool HasReported { get; private set; }

    /// <summary>Each known column's 1-based position, once the header has been read.</summary>
    public IReadOnlyDictionary<string, int> Columns => _columns;

    /// <summary>The IDs written on rows that could not be read, so that such a row's other files (its Markdown) are not reported as orphans too.</summary>
    public HashSet<string> UnreadIds { get; } = new(StringComparer.Ordinal);

    public void StartRecord(int line)
    {
        Line = line;
        RecordHasErrors = false;
    }

    public void UseHeader(IReadOnlyDictionary<string, int> columns)
    {
        _columns = columns;
        foreach (var (name, position) in columns) sourceMap?.AddColumn(File, name, position);
    }

    public SourceLocation At(string column) => new(File, Line, _columns.GetValueOrDefault(column, 1));

    public SourceLocation RecordStart => new(File, Line, 1);

    public void Report(string column, string message, string fix)
    {
        diagnostics.Add(At(column), message, fix);
        RecordHasErrors = HasReported = true;
    }

    public void Report(SourceLocation location, string message, string fix)
    {
        diagnostics.Add(location, message, fix);
        RecordHasErrors = HasReported = true;
    }
}
