using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Reading;

/// <summary>
/// The rows read from each CSV file, kept between builds in one process (the preview) with the file's text,
/// so that a file that has not changed is not read or parsed again, and a file changed in a few rows has only those
/// rows parsed again. Only files read without a single problem are kept: a file with problems is read, and
/// its problems reported, every time.
/// </summary>
public sealed class CsvTableCache
{
    private sealed record Entry(FileStamp Stamp, string Text, object Rows, IReadOnlyDictionary<string, int> Columns);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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
    /// The rows of the file's new <paramref name="text"/>, parsing again only the lines that differ from the last
    /// text (and the row before them, which may run on into them), or null when the whole file must be read: the
    /// header changed, rows below the change moved to other lines, or the changed lines have any problem (a full
    /// read then reports it just as a first read would).
    /// </summary>
    public IReadOnlyList<T>? Patch<T>(string file, string text, CsvReadContext context, Func<string, CsvReadContext, IReadOnlyList<T>> read, Func<T, SourceLocation> sourceOf)
    {
        if (EntryOf(file) is not { Rows: IReadOnlyList<T> rows } entry) return null;
        if (text == entry.Text) // saved again the same, or in another encoding
        {
            context.UseHeader(entry.Columns);
            return rows;
        }
        // Lines both texts share at the start and at the end, counted without splitting either text into lines:
        // only lines that lie whole (with their line break) in the common part count, so neither count is ever too high.
        var old = entry.Text;
        var prefix = old.AsSpan().CommonPrefixLength(text);
        var same = old.AsSpan(0, prefix).Count('\n');
        if (same == 0) return null;
        var firstDiffering = LineStart(text, same);
        var suffix = Math.Min(CommonSuffixLength(old, text), Math.Min(old.Length, text.Length) - firstDiffering);
        var sameAtEnd = text.AsSpan(text.Length - suffix).Count('\n');
        var linesBefore = old.AsSpan().Count('\n') + 1;
        var linesAfter = text.AsSpan().Count('\n') + 1;

        // Lines are numbered from 1, the header being line 1. Rows starting at or after `lastChanged` + 1 lie wholly in the unchanged end.
        var firstChanged = same + 1;
        var lastChanged = linesBefore - sameAtEnd;
        var kept = Enumerable.Range(0, rows.Count).TakeWhile(i => sourceOf(rows[i]).Line < firstChanged).Count();
        var from = kept > 0 ? sourceOf(rows[--kept]).Line : 2;
        var next = kept;
        while (next < rows.Count && sourceOf(rows[next]).Line <= lastChanged) next++;
        var shift = linesAfter - linesBefore;
        if (next < rows.Count && shift != 0) return null;
        var to = (next < rows.Count ? sourceOf(rows[next]).Line : linesBefore + 1) + shift; // the first line after the changed rows, in the new text

        // The changed rows must start and end outside quotes, as whole rows do: an even number of quotation marks before and within them.
        var start = LineStart(text, from - 1);
        var changedLines = to > from ? text[start..(LineStart(text, to - 1) - 1)] : "";
        if (Quotes(text.AsSpan(0, start)) % 2 != 0 || Quotes(changedLines) % 2 != 0) return null;

        // Blank lines are skipped, so padding the changed lines with them keeps every row's line number.
        var scratch = new CsvReadContext(context.File, new DiagnosticBag());
        var changed = read(text[..(LineStart(text, 1) - 1)] + new string('\n', from - 1) + changedLines, scratch);
        if (scratch.HasReported) return null;
        context.UseHeader(entry.Columns);
        return [.. rows.Take(kept), .. changed, .. rows.Skip(next)];
    }

    /// <summary>Keeps the rows read from <paramref name="text"/>, the file's text when it had <paramref name="stamp"/>.</summary>
    public void Keep<T>(string file, FileStamp stamp, string text, IReadOnlyList<T> rows, CsvReadContext context)
    {
        if (context.HasReported) return;
        lock (_gate) _entries[file] = new Entry(stamp, text, rows, context.Columns);
    }

    private Entry? EntryOf(string file)
    {
        lock (_gate) return _entries.GetValueOrDefault(file);
    }

    private static int Quotes(ReadOnlySpan<char> text) => text.Count('"');

    /// <summary>Where line <paramref name="index"/> (from 0) starts; one past the end of the text when the text has exactly that many lines.</summary>
    private static int LineStart(string text, int index)
    {
        var at = 0;
        for (var line = 0; line < index; line++)
        {
            var end = text.AsSpan(at).IndexOf('\n');
            if (end < 0) return text.Length + 1;
            at += end + 1;
        }
        return at;
    }

    private static int CommonSuffixLength(string a, string b)
    {
        // Blocks from the end compared whole (with vector instructions) up to the one that differs, then that one a character at a time.
        const int block = 512;
        var shorter = Math.Min(a.Length, b.Length);
        var length = 0;
        while (length + block <= shorter && a.AsSpan(a.Length - length - block, block).SequenceEqual(b.AsSpan(b.Length - length - block, block))) length += block;
        while (length < shorter && a[^(length + 1)] == b[^(length + 1)]) length++;
        return length;
    }
}
