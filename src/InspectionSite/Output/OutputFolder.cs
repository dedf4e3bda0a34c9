using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside the output folder, lets later stages (such as the search index)
/// work on it, then swaps it into place. Readers and the preview never see half a site, a failed build leaves the old
/// one intact, and a build killed at any moment leaves the output folder as it was once the next build has started
/// (<see cref="RecoverFromKilledBuilds"/>).
/// </summary>
/// <remarks>
/// Every folder a build works in beside the output folder (<see cref="WorkFolder"/>) is named after the process that
/// made it, so that another build can tell a killed build's leftovers from those of a build still running (the
/// preview and a build may share an output folder). A process id can be reused: a leftover whose id a new process
/// took stays until that process ends, which errs on the side of keeping.
/// </remarks>
public sealed partial class OutputFolder(string path)
{
    private readonly string _path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private string Parent => Path.GetDirectoryName(_path)!;

    private string Name => Path.GetFileName(_path);

    /// <summary>Refuses an output folder whose replacement would delete the sources or something bigger.</summary>
    public string? Problem(string inputFolder)
    {
        var input = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = _path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (Path.GetPathRoot(_path) == _path) return "The output folder cannot be the root of a drive.";
        if (input.StartsWith(output, StringComparison.Ordinal)) return "The output folder would contain the input folder, and each build replaces it whole.";
        if (output.StartsWith(input, StringComparison.Ordinal)) return "The output folder cannot be inside the input folder.";
        if (Directory.GetCurrentDirectory().TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar == output) return "The output folder cannot be the current folder.";
        return null;
    }

    /// <summary>
    /// A new folder beside the output folder for this process to work in: ".output.building-1234-…" for a site being
    /// staged, "old" for one retired, "deleting" for one being deleted, "search" for the preview's search index.
    /// </summary>
    public string WorkFolder(string kind) => Path.Combine(Parent, $".{Name}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Puts back the site that a build killed between the two moves of <see cref="StagedSite.Publish"/> had retired,
    /// then deletes every folder that killed builds left beside the output folder. Folders of builds still running are
    /// left alone. Run before anything else, so that a build that then fails leaves the output folder as it was.
    /// </summary>
    public void RecoverFromKilledBuilds()
    {
        if (!Directory.Exists(Parent)) return;
        var leftovers = Directory.EnumerateDirectories(Parent, $".{Name}.*")
            .Select(folder => (Folder: folder, Match: WorkFolderName().Match(Path.GetFileName(folder)[(Name.Length + 2)..])))
            .Where(f => f.Match.Success && !IsRunning(int.Parse(f.Match.Groups["process"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        // A retired site is whole: it is renamed "deleting" before it is deleted.
        if (!Directory.Exists(_path) && leftovers.FirstOrDefault(f => f.Match.Groups["kind"].Value == "old").Folder is { } retired)
        {
            Directory.Move(retired, _path);
            leftovers.RemoveAll(f => f.Folder == retired);
        }
        foreach (var (folder, _) in leftovers)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // on Windows, a file another program holds open; the next build tries again
            }
        }
    }

    [GeneratedRegex(@"^(?<kind>building|old|deleting|search)-(?<process>\d+)-[0-9a-f]{32}(-old)?$")]
    private static partial Regex WorkFolderName();

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes every file into a staging folder; nothing is visible in the output folder until <see cref="StagedSite.Publish"/>.</summary>
    public StagedSite Stage(IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(Parent);
        var staged = new StagedSite(this, WorkFolder("building"), _path);
        try
        {
            // Pagefind numbers pages in the order it finds them, which is the order folders were made in (tmpfs,
            // btrfs) or their names' hash (ext4): made one by one in a fixed order, the search index is the same every build.
            foreach (var folder in files.Select(file => Path.GetDirectoryName(Target(staged.Folder, file.Path))!).Distinct().Order(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);
            Parallel.ForEach(files, file => Write(staged.Folder, (file, null)));
            TestPause.At("staged");
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings a published site up to date in place, writing only the files whose bytes differ from
    /// <paramref name="previous"/> (what is in the folder now) and deleting those that are gone.
    /// The preview uses it, behind its own lock, so that a one-cell edit rewrites a handful of files.
    /// Returns how many files were written or deleted.
    /// </summary>
    public int Update(IReadOnlyList<OutputFile> previous, IReadOnlyList<OutputFile> files)
    {
        if (OutputFile.SamePaths(previous, files))
        {
            var differ = Enumerable.Range(0, files.Count)
                .Where(i => !previous[i].SameBytesAs(files[i]))
                .Select(i => (files[i], (OutputFile?)previous[i])).ToList();
            Parallel.ForEach(differ, change => Write(_path, change));
            return differ.Count;
        }
        var before = previous.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var changed = files.Select(f => (File: f, Old: before.GetValueOrDefault(f.Path))).Where(c => c.Old?.SameBytesAs(c.File) != true).ToList();
        Parallel.ForEach(changed, change => Write(_path, change));
        var gone = before.Keys.Except(files.Select(f => f.Path), StringComparer.Ordinal).ToList();
        foreach (var path in gone) File.Delete(Target(_path, path));
        return changed.Count + gone.Count;
    }

    /// <summary>Writes a file over the one at its path, <paramref name="change"/>'s Old, or anew where there was none.</summary>
    private static void Write(string root, (OutputFile File, OutputFile? Old) change)
    {
        var target = Target(root, change.File.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (change.Old is { } old) change.File.WriteOver(target, old);
        else change.File.WriteTo(target);
    }

    private static string Target(string root, string relative)
    {
        var target = Path.GetFullPath(Path.Combine(root, relative));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{relative}' outside the output folder.");
        return target;
    }
}
