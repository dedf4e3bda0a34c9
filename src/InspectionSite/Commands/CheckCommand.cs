using System.CommandLine;
using System.Diagnostics;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Papers;
using InspectionSite.Pipeline;

namespace InspectionSite.Commands;

/// <summary>
/// The "check" verb: every stage of the build up to writing, so that CI or an editor can prove the
/// input and every link sound without touching the output folder. Exit code 0 when sound, 1 when not.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new SiteOptions(writes: false);
        var command = new Command("check", "Check the input and every link, as a build would, without writing anything.");
        options.AddTo(command);
        command.SetAction(result => options.Read(result) is { } read ? BuildCommand.RunForThroughput(read, Run) : BuildCommand.UsageProblem);
        return command;
    }

    public static int Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var site = new BuildPipeline(options).Produce();
            BuildReport.Succeeded(site.Content, site.Timings, [.. site.Warnings, .. PaperCheck.Compare(site.Content)], options.InputFolder);
            Console.WriteLine($"Checked {site.PageCount} pages ({site.Files.Count} files) in {clock.ElapsedMilliseconds} ms: no problems. Nothing was written.");
            return BuildCommand.Success;
        }
        catch (InputException e)
        {
            BuildReport.Problems(e.Diagnostics);
            Console.Error.WriteLine($"Check found {e.Diagnostics.Count} problem(s). Nothing was written.");
            return BuildCommand.InputProblems;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return BuildCommand.UsageProblem;
        }
    }
}
