using System.CommandLine;
using System.Diagnostics;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
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
        var input = new Option<string>("--input") { Description = "The folder of CSV and Markdown sources.", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output") { Description = "The folder the site is written to; replaced whole on success.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public address, e.g. https://example.org (overrides site.yml)." };
        var basePath = new Option<string?>("--base-path") { Description = "The sub-folder the site is served from, e.g. /hmicfrs (default: the root)." };
        var asOf = new Option<string?>("--as-of") { Description = "The date overdue items are judged against (default: today), e.g. 2022-10-01." };

        var command = new Command("build", "Build the site from the input folder into the output folder.") { input, output, baseUrl, basePath, asOf };
        command.SetAction(result =>
        {
            var asOfText = result.GetValue(asOf);
            var date = DateOnly.FromDateTime(DateTime.Today);
            if (asOfText is not null && !UkDate.TryParse(asOfText, out date))
            {
                Console.Error.WriteLine($"--as-of: '{asOfText}' is not a date. Write it as {UkDate.Accepted}.");
                return UsageProblem;
            }
            return Run(new BuildOptions(result.GetValue(input)!, result.GetValue(output)!, result.GetValue(baseUrl), result.GetValue(basePath), date));
        });
        return command;
    }

    public static int Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = new BuildPipeline(options).Run();
            var content = result.Content;
            foreach (var warning in result.Warnings) Console.Error.WriteLine($"{warning.Location}: warning: {warning.Message} Fix: {warning.Fix}");
            Console.WriteLine($"Read {content.Inspections.Count} inspections, {content.Reports.Count} reports, {content.Recommendations.Count} recommendations, " +
                              $"{content.Progress.Count} progress rows, {content.Snapshots.Count} snapshots, {content.Meetings.Count} meetings, {content.Pages.Count} pages from {options.InputFolder}/.");
            foreach (var (stage, elapsed) in result.Timings.Stages)
                Console.WriteLine($"  {stage,-12} {elapsed.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"Wrote {result.PageCount} pages ({result.FileCount} files) to {options.OutputFolder}/, {result.SearchPageCount} of them indexed for search, in {clock.ElapsedMilliseconds} ms.");
            return Success;
        }
        catch (InputException e)
        {
            foreach (var diagnostic in e.Diagnostics) Console.Error.WriteLine(diagnostic);
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
