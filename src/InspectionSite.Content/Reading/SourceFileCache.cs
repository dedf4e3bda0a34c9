using System.Collections.Concurrent;

namespace InspectionSite.Content.Reading;

/// <summary>
/// The text of each Markdown file the last read found, kept while the file's size and time of last change stay the
/// same, so that a rebuild in the preview reads again only the files an edit touched, not thousands.
/// A file that changed shortly before it was read is read again at the next build whatever it then shows, as Git
/// does: a file system that keeps times coarsely (FAT keeps them to two seconds) could give a second save, made just
/// after the read, the same time and, when it keeps the length, the same look.
/// </summary>
public sealed class SourceFileCache
{
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(long Length, DateTime Changed, DateTime ReadAt, string Text);

    /// <summary>The file's text (<see cref="SourceText"/>), read from disk unless it is known unchanged.</summary>
    public string Read(FileInfo file)
    {
        var readAt = DateTime.UtcNow;
        var (length, changed) = (file.Length, file.LastWriteTimeUtc); // taken before reading: an edit made meanwhile shows as a change next time
        if (_entries.TryGetValue(file.FullName, out var known) && known.Length == length && known.Changed == changed && changed < known.ReadAt - Settling)
            return known.Text;
        var text = SourceText.Read(file.FullName);
        _entries[file.FullName] = new Entry(length, changed, readAt, text);
        return text;
    }
}
