using System.Collections.Concurrent;

namespace InspectionSite.Content.Diagnostics;

/// <summary>
/// Remembers where each field sits in each file (a CSV column's position, a front-matter key's line),
/// so that problems found after reading, such as a dangling reference, still point at the exact cell.
/// </summary>
public sealed class SourceMap
{
    private readonly ConcurrentDictionary<(string File, string Field), (int? Line, int Column)> _fields = new();

    /// <summary>A CSV column: the same column on every row.</summary>
    public void AddColumn(string file, string column, int position) => _fields[(file, column)] = (null, position);

    /// <summary>A front-matter field at a fixed line.</summary>
    public void AddField(SourceLocation location, string field) => _fields[(location.File, field)] = (location.Line, location.Column);

    /// <summary>Where <paramref name="field"/> of the record starting at <paramref name="record"/> is.</summary>
    public SourceLocation Locate(SourceLocation record, string field) =>
        _fields.TryGetValue((record.File, field), out var at)
            ? new SourceLocation(record.File, at.Line ?? record.Line, at.Column)
            : record;
}
