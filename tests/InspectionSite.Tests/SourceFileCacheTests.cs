using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The preview reads again only the Markdown files whose size or time of last change differ from the last read's,
/// and any file that changed just before that read, whose time a coarse file system may not tell from a later save's.
/// </summary>
public sealed class SourceFileCacheTests
{
    private static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public void A_file_saved_with_new_text_is_read_again()
    {
        using var folder = new TempFolder();
        var cache = new SourceFileCache();
        var path = Save(folder["a.md"], "Old words.", AnHourAgo);
        Assert.Equal("Old words.", cache.Read(new FileInfo(path)));

        Save(path, "New and longer words.", DateTime.UtcNow);
        Assert.Equal("New and longer words.", cache.Read(new FileInfo(path)));
    }

    [Fact]
    public void A_file_of_the_same_length_saved_later_is_read_again()
    {
        using var folder = new TempFolder();
        var cache = new SourceFileCache();
        var path = Save(folder["a.md"], "Old words.", AnHourAgo);
        Assert.Equal("Old words.", cache.Read(new FileInfo(path)));

        Save(path, "New words.", AnHourAgo.AddMinutes(1));
        Assert.Equal("New words.", cache.Read(new FileInfo(path)));
    }

    [Fact]
    public void A_file_that_changed_just_before_it_was_read_is_read_again_even_if_its_size_and_time_look_the_same()
    {
        using var folder = new TempFolder();
        var cache = new SourceFileCache();
        var savedAt = DateTime.UtcNow;
        var path = Save(folder["a.md"], "Old words.", savedAt);
        Assert.Equal("Old words.", cache.Read(new FileInfo(path)));

        Save(path, "New words.", savedAt); // a second save within the file system's time step
        Assert.Equal("New words.", cache.Read(new FileInfo(path)));
    }

    [Fact]
    public void A_file_whose_size_and_time_are_unchanged_since_well_before_the_read_is_not_read_again()
    {
        using var folder = new TempFolder();
        var cache = new SourceFileCache();
        var path = Save(folder["a.md"], "Old words.", AnHourAgo);
        Assert.Equal("Old words.", cache.Read(new FileInfo(path)));

        Save(path, "New words.", AnHourAgo); // no editor does this: it shows that the cache trusts what it may
        Assert.Equal("Old words.", cache.Read(new FileInfo(path)));
    }

    private static string Save(string path, string text, DateTime lastWrite)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, lastWrite);
        return path;
    }
}
