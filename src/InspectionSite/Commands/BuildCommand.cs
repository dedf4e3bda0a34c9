using System.CommandLine;
using System.Diagnostics;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Pipeline;
using InspectionSite.Tools;

namespace InspectionSite.Commands;

/// <summary>The "build" verb: input/ in, output/ out, a line per stage, every problem listed on failure.</summary>
public static class BuildCommand
{
    public const int Success = 0;
    public const int InputProblems = 1;
    public const int UsageProblem = 2;
    public const int ToolProblem = 3;

    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("build", "Build the site from the input folder into the output folder.");
        options.AddTo(command);
        command.SetAction(result => options.Read(result) is { } read ? RunForThroughput(read, Run) : UsageProblem);
        return command;
    }

    /// <summary>
    /// Runs a one-off build with background garbage collection off: a build wants throughput, and checking
    /// 10,000 recommendations took a tenth less processor time without it. The preview keeps it, because it
    /// shortens the pauses of a rebuild while the last build's site stays in memory.
    /// </summary>
    public static int RunForThroughput(BuildOptions options, Func<BuildOptions, int> run)
    {
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        return run(options);
    }

    public static int Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = new BuildPipeline(options).Run();
            BuildReport.Succeeded(result.Content, result.Timings, result.Warnings, options.InputFolder);
            Console.WriteLine($"Wrote {result.PageCount} pages ({result.FileCount} files) to {options.OutputFolder}/, {result.SearchPageCount} of them indexed for search, in {clock.ElapsedMilliseconds} ms; " +
                              $"the generator's own peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB.");
            return Success;
        }
        catch (InputException e)
        {
            BuildReport.Problems(e.Diagnostics);
            Console.Error.WriteLine($"Build failed with {e.Diagnostics.Count} problem(s). {options.OutputFolder}/ was left as it was.");
            return InputProblems;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return UsageProblem;
        }
        catch (ToolException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine($"Build failed. {options.OutputFolder}/ was left as it was.");
            return ToolProblem;
        }
    }
}
