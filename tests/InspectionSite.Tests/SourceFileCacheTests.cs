using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The preview reads again only the Markdown files whose size or time of last change differ from the last read's,
/// and any file that changed just before that read, whose time a coarse file system may not tell from a later save's.
/// </summary>
public sealed class SourceFileCacheTests
{
    /// <summary>
    /// Saves "Old words." some minutes from now, reads it, saves other words at another time, and reads again:
    /// the second read gives what the row expects.
    /// </summary>
    [Theory]
    [InlineData("a file saved with new text is read again", -60, 0, "New and longer words.", "New and longer words.")]
    [InlineData("a file of the same length saved later is read again", -60, -59, "New words.", "New words.")]
    // A second save within the file system's time step: size and time look the same, but the first save was just before the read.
    [InlineData("a file that changed just before it was read is read again", 0, 0, "New words.", "New words.")]
    // No editor does this: it shows that the cache trusts what it may.
    [InlineData("a file whose size and time are unchanged since well before the read is not read again", -60, -60, "New words.", "Old words.")]
    public void A_file_is_read_again_when_its_size_or_time_may_hide_a_change(string because, int firstSave, int secondSave, string saved, string read)
    {
        using var folder = new TempFolder();
        var cache = new SourceFileCache();
        var now = DateTime.UtcNow;
        var path = Save(folder["a.md"], "Old words.", now.AddMinutes(firstSave));
        Assert.Equal("Old words.", cache.Read(new FileInfo(path)));

        Save(path, saved, now.AddMinutes(secondSave));
        var second = cache.Read(new FileInfo(path));
        Assert.True(second == read, $"{because}, but the second read gave \"{second}\"");
    }

    private static string Save(string path, string text, DateTime lastWrite)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, lastWrite);
        return path;
    }
}
