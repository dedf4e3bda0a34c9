using System.Collections.Concurrent;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>
/// Files the browser tests keep for a person to look at after the run (screenshots, Lighthouse reports), in
/// artefacts/ beside the test assembly: tests/InspectionSite.BrowserTests/bin/Release/net10.0/artefacts/.
/// </summary>
public static class Artefacts
{
    private static readonly ConcurrentDictionary<string, string> Folders = new();

    /// <summary>The folder for one kind of artefact, created if needed: emptied once per run, so no file outlives the run that wrote it.</summary>
    public static string Folder(string kind) => Folders.GetOrAdd(kind, Create);

    private static string Create(string kind)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artefacts", kind);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file name for what was found on a page: ("/meetings/2022-09-29/", "360") gives "meetings-2022-09-29.360", and "/" is "home".</summary>
    public static string FileName(string page, string variant) =>
        (page.Trim('/') is { Length: > 0 } path ? path.Replace('/', '-') : "home") + "." + variant;
}
