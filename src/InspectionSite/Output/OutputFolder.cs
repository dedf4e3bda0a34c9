namespace InspectionSite.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside the output folder, lets later stages (such as the
/// search index) work on it, then swaps it into place. Readers and the preview never see half a site,
/// and a failed build leaves the old one intact.
/// </summary>
public sealed class OutputFolder(string path)
{
    private readonly string _path = Path.GetFullPath(path);

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

    /// <summary>Writes every file into a staging folder; nothing is visible in the output folder until <see cref="StagedSite.Publish"/>.</summary>
    public StagedSite Stage(IEnumerable<OutputFile> files)
    {
        var parent = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(_path)}.building-{Guid.NewGuid():N}");
        var staged = new StagedSite(staging, _path);
        try
        {
            Parallel.ForEach(files, file => Write(staging, file));
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
                .Where(i => !ReferenceEquals(previous[i], files[i]) && !previous[i].Content.AsSpan().SequenceEqual(files[i].Content))
                .Select(i => files[i]).ToList();
            Parallel.ForEach(differ, file => Write(_path, file));
            return differ.Count;
        }
        var before = previous.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var changed = files.Where(f => !before.TryGetValue(f.Path, out var old) || !old.AsSpan().SequenceEqual(f.Content)).ToList();
        Parallel.ForEach(changed, file => Write(_path, file));
        var gone = before.Keys.Except(files.Select(f => f.Path), StringComparer.Ordinal).ToList();
        foreach (var path in gone) File.Delete(Target(_path, path));
        return changed.Count + gone.Count;
    }

    private static void Write(string root, OutputFile file)
    {
        var target = Target(root, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Content);
    }

    private static string Target(string root, string relative)
    {
        var target = Path.GetFullPath(Path.Combine(root, relative));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{relative}' outside the output folder.");
        return target;
    }
}

/// <summary>A complete site in its staging folder. Publish swaps it in; disposing without publishing throws it away.</summary>
public sealed class StagedSite(string staging, string destination) : IDisposable
{
    public string Folder => staging;

    public string Publish()
    {
        var retired = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.old-{Guid.NewGuid():N}");
        if (Directory.Exists(destination)) Directory.Move(destination, retired);
        Directory.Move(staging, destination);
        if (Directory.Exists(retired)) DeleteUsingEveryCore(retired);
        return destination;
    }

    /// <summary>A site of ten thousand pages is as many folders: removing them is worth sharing out.</summary>
    private static void DeleteUsingEveryCore(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder).SelectMany(Directory.GetDirectories), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    public void Dispose()
    {
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }
}
