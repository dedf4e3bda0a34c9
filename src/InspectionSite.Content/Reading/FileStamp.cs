namespace InspectionSite.Content.Reading;

/// <summary>
/// A file's size and time of last change, taken before it was read, and when it was read: while both stay the same,
/// the preview need not read the file again. A file that changed shortly before it was read is read again whatever
/// it then shows, as Git does: a file system that keeps times coarsely (FAT keeps them to two seconds) could give a
/// second save, made just after the read, the same time and, when it keeps the length, the same look.
/// </summary>
public sealed record FileStamp(long Length, DateTime Changed, DateTime ReadAt)
{
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(3);

    /// <summary>Taken just before the file is read: an edit made meanwhile shows as a change next time.</summary>
    public static FileStamp Before(FileInfo file) => new(file.Length, file.LastWriteTimeUtc, DateTime.UtcNow);

    /// <summary>Whether the file is as it was when it was read, as far as its size and time can tell.</summary>
    public bool StillDescribes(FileInfo file) =>
        file.Length == Length && file.LastWriteTimeUtc == Changed && Changed < ReadAt - Settling;
}
