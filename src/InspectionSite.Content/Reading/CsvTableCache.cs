namespace InspectionSite.Content.Reading;

/// <summary>
/// The rows read from each CSV file, kept between builds in one process (the preview) with the file's bytes,
/// so that a file that has not changed is not parsed again. Only files read without a single problem are
/// kept: a file with problems is read, and its problems reported, every time.
/// </summary>
public sealed class CsvTableCache
{
    private sealed record Entry(byte[] Bytes, object Rows, IReadOnlyDictionary<string, int> Columns, IReadOnlySet<string> IdsSeen);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The rows last read from <paramref name="file"/>, if its bytes are the same; the context learns the header and IDs as if it had read them.</summary>
    public IReadOnlyList<T>? Find<T>(string file, byte[] bytes, CsvReadContext context)
    {
        Entry? entry;
        lock (_gate) _entries.TryGetValue(file, out entry);
        if (entry is null || entry.Rows is not IReadOnlyList<T> rows || !entry.Bytes.AsSpan().SequenceEqual(bytes)) return null;
        context.UseHeader(entry.Columns);
        context.IdsSeen.UnionWith(entry.IdsSeen);
        return rows;
    }

    public void Keep<T>(string file, byte[] bytes, IReadOnlyList<T> rows, CsvReadContext context)
    {
        if (context.HasReported) return;
        lock (_gate) _entries[file] = new Entry(bytes, rows, context.Columns, context.IdsSeen.ToHashSet(StringComparer.Ordinal));
    }
}
