namespace InspectionSite.Output;

/// <summary>A complete site in its staging folder. Publish swaps it in; disposing without publishing throws it away.</summary>
/// <remarks>
/// Each move renames a folder within one parent, which is atomic on Linux, macOS and Windows alike (the staging folder
/// is made beside the output folder so that it is on the same drive; an output folder that is itself a mount point
/// cannot be renamed). On Windows a rename also fails while another program holds a file inside the folder open
/// without sharing it for deletion (an editor, a virus scanner): the build then fails and the old site stays.
/// Swapping two folders takes two renames, and a build killed between them leaves no output folder, only the
/// retired site: the next build puts it back first (<see cref="OutputFolder.RecoverFromKilledBuilds"/>).
/// </remarks>
public sealed class StagedSite(OutputFolder output, string staging, string destination) : IDisposable
{
    public string Folder => staging;

    /// <summary>Swaps the staged site in as the output folder, and returns the output folder's path.</summary>
    public string Publish()
    {
        var retired = output.WorkFolder("old");
        if (Directory.Exists(destination)) Directory.Move(destination, retired);
        TestPause.At("retired");
        Directory.Move(staging, destination);
        TestPause.At("published");
        if (Directory.Exists(retired))
        {
            // Renamed first, so that a folder named "old" is always a whole site that can be put back.
            var deleting = output.WorkFolder("deleting");
            Directory.Move(retired, deleting);
            DeleteUsingEveryCore(deleting);
        }
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
