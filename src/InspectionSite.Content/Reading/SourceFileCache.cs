using System.Collections.Concurrent;

namespace InspectionSite.Content.Reading;

/// <summary>
/// The text of each Markdown file the last read found, kept while the file's size and time of last change stay the
/// same (<see cref="FileStamp"/>), so that a rebuild in the preview reads again only the files an edit touched, not thousands.
/// </summary>
public sealed class SourceFileCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, string Text)> _entries = new(StringComparer.Ordinal);

    /// <summary>The file's text (<see cref="SourceText"/>), read from disk unless it is known unchanged.</summary>
    public string Read(FileInfo file)
    {
        if (_entries.TryGetValue(file.FullName, out var known) && known.Stamp.StillDescribes(file)) return known.Text;
        var stamp = FileStamp.Before(file);
        var text = SourceText.Read(file.FullName);
        _entries[file.FullName] = (stamp, text);
        return text;
    }
}
