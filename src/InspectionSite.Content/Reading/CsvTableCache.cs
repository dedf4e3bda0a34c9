using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Reading;

/// <summary>
/// The rows read from each CSV file, kept between builds in one process (the preview) with the file's bytes,
/// so that a file that has not changed is not read or parsed again, and a file changed in a few rows has only those
/// rows decoded and parsed again. Only files read without a single problem are kept: a file with problems is read, and
/// its problems reported, every time. A cache serves one build at a time, as the preview's builds take turns.
/// </summary>
public sealed class CsvTableCache
{
    /// <summary>
    /// The bytes rather than the text: half the memory, and a changed file's other lines are compared, never decoded.
    /// They are the first <c>Length</c> bytes of a buffer that the file's next bytes are copied into when they fit.
    /// </summary>
    private sealed record Entry(FileStamp Stamp, byte[] Buffer, int Length, object Rows, IReadOnlyDictionary<string, int> Columns)
    {
        public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _readBuffers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// The file's bytes, read into a buffer kept for it from build to build: valid until the file is read again. Memory
    /// that the system maps afresh costs more than the read itself: at 10,000 items, reading progress.csv (7.5 MB) into
    /// a new buffer at each edit took 30–40 ms in the preview.
    /// </summary>
    public ReadOnlyMemory<byte> Read(string file, string path) => SourceText.ReadInto(path, length =>
    {
        lock (_gate) return _readBuffers[file] = WithRoomFor(length, _readBuffers.GetValueOrDefault(file));
    });

    /// <summary>
    /// The rows last read from <paramref name="file"/>, if its size and time say it has not changed since
    /// (<see cref="FileStamp"/>): the file is then not even read, which at 10,000 items spares a rebuild megabytes.
    /// </summary>
    public IReadOnlyList<T>? Unchanged<T>(string file, FileInfo info, CsvReadContext context)
    {
        var entry = EntryOf(file);
        if (entry is null || entry.Rows is not IReadOnlyList<T> rows || !entry.Stamp.StillDescribes(info)) return null;
        context.UseHeader(entry.Columns);
        return rows;
    }

    /// <summary>
    /// The rows of the file's new <paramref name="bytes"/>, decoding and parsing again only the lines that differ from the
    /// last bytes (and the row before them, which may run on into them), or null when the whole file must be read: the
    /// header or the encoding changed, a line ends in a lone carriage return, rows below the change moved to other lines,
    /// or the changed lines have any problem (a full read then reports it just as a first read would).
    /// </summary>
    public IReadOnlyList<T>? Patch<T>(string file, ReadOnlySpan<byte> bytes, CsvReadContext context, Func<string, CsvReadContext, IReadOnlyList<T>> read, Func<T, SourceLocation> sourceOf)
    {
        if (EntryOf(file) is not { Rows: IReadOnlyList<T> rows } entry) return null;
        var old = entry.Bytes;
        if (bytes.SequenceEqual(old)) // saved again the same
        {
            context.UseHeader(entry.Columns);
            return rows;
        }
        // Lines are counted by their \n bytes, as the text has them once \r\n is \n; the lines kept were decoded as the
        // whole new file would be.
        var encoding = SourceText.EncodingOf(bytes);
        if (HasLoneCarriageReturn(old) || HasLoneCarriageReturn(bytes) || !encoding.Equals(SourceText.EncodingOf(old))) return null;

        // Lines both files share at the start and at the end, counted without splitting either into lines:
        // only lines that lie whole (with their line break) in the common part count, so neither count is ever too high.
        var prefix = old.CommonPrefixLength(bytes);
        var same = old[..prefix].Count(LineFeed);
        if (same == 0) return null;
        var firstDiffering = LineStart(bytes, same);
        var suffix = Math.Min(CommonSuffixLength(old, bytes), Math.Min(old.Length, bytes.Length) - firstDiffering);
        var sameAtEnd = bytes[(bytes.Length - suffix)..].Count(LineFeed);
        var linesBefore = old.Count(LineFeed) + 1;
        var linesAfter = bytes.Count(LineFeed) + 1;

        // Lines are numbered from 1, the header being line 1. Rows starting at or after `lastChanged` + 1 lie wholly in the unchanged end.
        var firstChanged = same + 1;
        var lastChanged = linesBefore - sameAtEnd;
        var kept = Enumerable.Range(0, rows.Count).TakeWhile(i => sourceOf(rows[i]).Line < firstChanged).Count();
        var from = kept > 0 ? sourceOf(rows[--kept]).Line : 2;
        var next = kept;
        while (next < rows.Count && sourceOf(rows[next]).Line <= lastChanged) next++;
        var shift = linesAfter - linesBefore;
        if (next < rows.Count && shift != 0) return null;
        var to = (next < rows.Count ? sourceOf(rows[next]).Line : linesBefore + 1) + shift; // the first line after the changed rows, in the new file

        // The changed rows must start and end outside quotes, as whole rows do: an even number of quotation marks before and within them.
        var start = LineStart(bytes, from - 1);
        var changedBytes = to > from ? bytes[start..Math.Min(LineStart(bytes, to - 1), bytes.Length)] : [];
        if (bytes[..start].Count(Quote) % 2 != 0 || changedBytes.Count(Quote) % 2 != 0) return null;

        // Blank lines are skipped, so padding the changed lines with them keeps every row's line number.
        var header = SourceText.Decode(bytes[..LineStart(bytes, 1)], encoding)[..^1];
        var scratch = new CsvReadContext(context.File, new DiagnosticBag());
        var changed = read(header + new string('\n', from - 1) + SourceText.Decode(changedBytes, encoding), scratch);
        if (scratch.HasReported) return null;
        context.UseHeader(entry.Columns);
        return [.. rows.Take(kept), .. changed, .. rows.Skip(next)];
    }

    /// <summary>
    /// Keeps the rows read from <paramref name="bytes"/>, the file's bytes when it had <paramref name="stamp"/>, copying the
    /// bytes into the buffer kept for the file (<see cref="WithRoomFor"/>).
    /// </summary>
    public void Keep<T>(string file, FileStamp stamp, ReadOnlySpan<byte> bytes, IReadOnlyList<T> rows, CsvReadContext context)
    {
        if (context.HasReported) return;
        lock (_gate)
        {
            var buffer = WithRoomFor(bytes.Length, _entries.GetValueOrDefault(file)?.Buffer);
            bytes.CopyTo(buffer);
            _entries[file] = new Entry(stamp, buffer, bytes.Length, rows, context.Columns);
        }
    }

    /// <summary>
    /// <paramref name="buffer"/> when it holds <paramref name="length"/> bytes, else a new one with a sixteenth to spare:
    /// an edit changes a file's length by a few bytes, so a file's buffers are allocated once.
    /// </summary>
    private static byte[] WithRoomFor(int length, byte[]? buffer) =>
        buffer is not null && buffer.Length >= length ? buffer : GC.AllocateUninitializedArray<byte>(length + length / 16);

    private Entry? EntryOf(string file)
    {
        lock (_gate) return _entries.GetValueOrDefault(file);
    }

    private const byte LineFeed = (byte)'\n';
    private const byte Quote = (byte)'"';

    /// <summary>A \r not followed by \n, which the text counts as a line break and the bytes' \n do not.</summary>
    private static bool HasLoneCarriageReturn(ReadOnlySpan<byte> bytes)
    {
        var returns = bytes.Count((byte)'\r');
        return returns != 0 && returns != bytes.Count("\r\n"u8);
    }

    /// <summary>Where line <paramref name="index"/> (from 0) starts; one past the end when the bytes have exactly that many lines.</summary>
    private static int LineStart(ReadOnlySpan<byte> bytes, int index)
    {
        var at = 0;
        for (var line = 0; line < index; line++)
        {
            var end = bytes[at..].IndexOf(LineFeed);
            if (end < 0) return bytes.Length + 1;
            at += end + 1;
        }
        return at;
    }

    private static int CommonSuffixLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        // Blocks from the end compared whole (with vector instructions) up to the one that differs, then that one a byte at a time.
        const int block = 512;
        var shorter = Math.Min(a.Length, b.Length);
        var length = 0;
        while (length + block <= shorter && a.Slice(a.Length - length - block, block).SequenceEqual(b.Slice(b.Length - length - block, block))) length += block;
        while (length < shorter && a[^(length + 1)] == b[^(length + 1)]) length++;
        return length;
    }
}
