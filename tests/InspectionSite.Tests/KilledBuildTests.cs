using System.Diagnostics;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// A build killed at any moment leaves the output folder as it was, and once the next build has run, nothing of it is
/// left beside the output folder. Real build processes are killed, at the moments that matter, where the build pauses
/// when told to (INSPECTION_SITE_PAUSE_AT).
/// </summary>
public sealed class KilledBuildTests
{
    [Theory]
    [InlineData("staged")] // the new site written beside output/, not yet indexed or swapped in
    [InlineData("retired")] // between the two moves: output/ moved aside, the new site not yet in its place
    [InlineData("published")] // the new site in place, the old one not yet deleted
    public void After_a_build_is_killed_the_next_build_finds_the_output_folder_as_it_was_and_leaves_nothing_beside_it(string point)
    {
        using var folder = TempFolder.WithRealInput();
        Assert.Equal(0, Build(folder));
        var before = TempFolder.FileHashes(folder["output"]);
        InputEdits.Replace(folder["input/site.yml"], "HMICFRS inspections and recommendations", "HMICFRS inspections");

        KillWhenPaused(StartBuild(folder, pauseAt: point), point);
        Assert.NotEmpty(BesideOutput(folder));
        Assert.Equal(point != "retired", Directory.Exists(folder["output"]));
        var atKill = point == "published" ? TempFolder.FileHashes(folder["output"]) : before;

        // A build that fails writes nothing, so the output folder must be as the killed build left it, or put back.
        var line = InputEdits.Replace(folder["input/reports.csv"], "2022-02-24", "31/02/2022");
        Assert.Equal(1, Build(folder));
        Assert.Equal(atKill, TempFolder.FileHashes(folder["output"]));
        Assert.Empty(BesideOutput(folder));

        InputEdits.Replace(folder["input/reports.csv"], "31/02/2022", "2022-02-24");
        Assert.Equal(0, Build(folder));
        Assert.Contains("HMICFRS inspections</", File.ReadAllText(folder["output/index.html"]));
        Assert.Empty(BesideOutput(folder));
    }

    /// <summary>The preview and a build may share an output folder: neither may delete what the other is working on.</summary>
    [Fact]
    public void A_build_leaves_alone_the_staging_folder_of_a_build_still_running()
    {
        using var folder = TempFolder.WithRealInput();
        using var running = StartBuild(folder, pauseAt: "staged");
        try
        {
            WaitForPause(running, "staged");
            var staging = Assert.Single(BesideOutput(folder));

            Assert.Equal(0, Build(folder));
            Assert.Equal([staging], BesideOutput(folder));
        }
        finally
        {
            running.Kill(entireProcessTree: true);
            running.WaitForExit();
        }
        Assert.Equal(0, Build(folder));
        Assert.Empty(BesideOutput(folder));
    }

    private static int Build(TempFolder folder) => Generator.Run(folder.Path, "build", "--as-of", "2022-10-01").ExitCode;

    private static Process StartBuild(TempFolder folder, string pauseAt)
    {
        var start = Generator.StartInfo(folder.Path, "build", "--as-of", "2022-10-01");
        start.Environment["INSPECTION_SITE_PAUSE_AT"] = pauseAt;
        return Process.Start(start)!;
    }

    private static void KillWhenPaused(Process build, string point)
    {
        using (build)
        {
            WaitForPause(build, point);
            build.Kill(entireProcessTree: true); // SIGKILL on Linux and macOS, TerminateProcess on Windows: nothing runs after it
            build.WaitForExit();
        }
    }

    private static void WaitForPause(Process build, string point)
    {
        var printed = new List<string>();
        while (build.StandardOutput.ReadLine() is { } line)
        {
            if (line == $"Paused at {point}.") return;
            printed.Add(line);
        }
        Assert.Fail($"The build ended before pausing at {point}:\n{string.Join('\n', printed)}\n{build.StandardError.ReadToEnd()}");
    }

    /// <summary>Everything in the output folder's parent but the input and output folders.</summary>
    private static List<string> BesideOutput(TempFolder folder) =>
        Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Except(["input", "output"]).Order(StringComparer.Ordinal).ToList()!;
}
