using InspectionSite.Rendering;

namespace InspectionSite.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside the output folder, then swaps it into place,
/// so that readers and the preview never see half a site and a failed build leaves the old one intact.
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

    public void Replace(IEnumerable<OutputFile> files)
    {
        var parent = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(_path);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        try
        {
            Parallel.ForEach(files, file =>
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new InvalidOperationException($"Refusing to write '{file.Path}' outside the output folder.");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            });
            Swap(staging, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private void Swap(string staging, string retired)
    {
        if (Directory.Exists(_path)) Directory.Move(_path, retired);
        Directory.Move(staging, _path);
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }
}
