using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Pipeline;

/// <summary>What the verbs print about a build: what was read, how long each stage took, warnings, and every problem.</summary>
public static class BuildReport
{
    public static void Succeeded(ContentSet content, StageTimings timings, IReadOnlyList<Diagnostic> warnings, string inputFolder)
    {
        foreach (var warning in warnings) Console.Error.WriteLine(Warning(warning));
        Console.WriteLine($"Read {content.Inspections.Count} inspections, {content.Reports.Count} reports, {content.Recommendations.Count} recommendations, " +
                          $"{content.Progress.Count} progress rows, {content.Totals.Count} totals, {content.Claims.Count} claims, {content.Meetings.Count} meetings, {content.Pages.Count} pages, " +
                          $"{content.Redirects.Count} redirects from {inputFolder}/.");
        foreach (var (stage, elapsed, cpu) in timings.Stages)
            Console.WriteLine($"  {stage,-12} {elapsed.TotalMilliseconds,8:0} ms  (cpu {cpu.TotalMilliseconds:0} ms)");
    }

    public static string Warning(Diagnostic warning) => $"{warning.Location}: warning: {warning.Message} Fix: {warning.Fix}";

    public static void Problems(IReadOnlyList<Diagnostic> problems)
    {
        foreach (var problem in problems) Console.Error.WriteLine(problem);
    }
}
