using System.Text;
using InspectionSite.Output;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The preview writes an edit's pages first and its open-data downloads a moment later: the pages must come whole
/// at once, the downloads whole after them, and a site whose files came or went all at once.
/// </summary>
public sealed class LiveOutputTests
{
    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static IReadOnlyList<OutputFile> Site(string status) =>
    [
        File("index.html", $"<p>1 {status}</p>"),
        File("data/index.html", $"<p>Open data: 1 {status}</p>"),
        File("data/progress.csv", $"id,status\n9001,{status}\n"),
        File("data/datapackage.json", $"{{\"hash\":\"{status}\"}}"),
    ];

    private static (TempFolder Folder, LiveOutput Output) Published(IReadOnlyList<OutputFile> site)
    {
        var folder = new TempFolder();
        foreach (var file in site)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder[file.Path])!);
            file.WriteTo(folder[file.Path]);
        }
        return (folder, new LiveOutput(new OutputFolder(folder.Path), site));
    }

    private static string Read(TempFolder folder, string path) => System.IO.File.ReadAllText(folder[path]);

    [Fact]
    public void The_pages_are_written_first_and_the_downloads_after_them()
    {
        var (folder, output) = Published(Site("open"));
        using var _ = folder;

        Assert.Equal(2, output.UpdatePages(Site("closed")));
        Assert.Equal("<p>1 closed</p>", Read(folder, "index.html"));
        Assert.Equal("<p>Open data: 1 closed</p>", Read(folder, "data/index.html"));
        Assert.Equal("id,status\n9001,open\n", Read(folder, "data/progress.csv"));
        Assert.Equal("{\"hash\":\"open\"}", Read(folder, "data/datapackage.json"));

        Assert.Equal(2, output.UpdateDownloads());
        Assert.Equal("id,status\n9001,closed\n", Read(folder, "data/progress.csv"));
        Assert.Equal("{\"hash\":\"closed\"}", Read(folder, "data/datapackage.json"));
        Assert.Equal(0, output.UpdateDownloads());
    }

    [Fact]
    public void A_second_edit_before_the_downloads_are_written_brings_the_newest_downloads()
    {
        var (folder, output) = Published(Site("open"));
        using var _ = folder;

        output.UpdatePages(Site("closed"));
        Assert.Equal(2, output.UpdatePages(Site("reopened")));
        Assert.Equal(2, output.UpdateDownloads());

        Assert.Equal("<p>1 reopened</p>", Read(folder, "index.html"));
        Assert.Equal("id,status\n9001,reopened\n", Read(folder, "data/progress.csv"));
        Assert.Equal("{\"hash\":\"reopened\"}", Read(folder, "data/datapackage.json"));
    }

    /// <summary>The preview's warm-up renders every page again: only those with the bytes written are taken as written.</summary>
    [Fact]
    public void Files_adopted_as_written_leave_a_changed_one_to_be_written()
    {
        var (folder, output) = Published(Site("open"));
        using var _ = folder;
        IReadOnlyList<OutputFile> warmedUp = [File("index.html", "<p>1 closed</p>"), .. Site("open").Skip(1)];

        output.Adopt(warmedUp);

        Assert.Equal(1, output.UpdatePages(warmedUp));
        Assert.Equal("<p>1 closed</p>", Read(folder, "index.html"));
    }

    [Fact]
    public void When_files_come_or_go_everything_is_written_at_once()
    {
        var (folder, output) = Published(Site("open"));
        using var _ = folder;

        output.UpdatePages([.. Site("closed"), File("data/meetings.csv", "id\n2022-09-29\n")]);

        Assert.Equal("id,status\n9001,closed\n", Read(folder, "data/progress.csv"));
        Assert.Equal("id\n2022-09-29\n", Read(folder, "data/meetings.csv"));
        Assert.Equal(0, output.UpdateDownloads());
    }
}
