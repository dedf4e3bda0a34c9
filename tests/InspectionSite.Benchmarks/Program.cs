using BenchmarkDotNet.Running;
using InspectionSite.Benchmarks;

// "profile TRACE [TOP [METHOD]]" summarises an EventPipe trace of a build; anything else goes to BenchmarkDotNet.
// See the README's "Performance" section.
if (args is ["profile", var trace, ..])
{
    TraceSummary.Print(trace, args.Length > 2 ? int.Parse(args[2]) : 40, args.Length > 3 ? args[3] : null);
    return 0;
}
if (args is ["warm", var input, ..])
{
    for (var run = 1; run <= 3; run++)
    {
        var result = new InspectionSite.Pipeline.BuildPipeline(new(input, Path.Combine(Path.GetTempPath(), "warm-output"), null, null, new DateOnly(2026, 1, 1))).Run();
        Console.WriteLine($"run {run}: " + string.Join(", ", result.Timings.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms (cpu {s.Cpu.TotalMilliseconds:0})")));
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SyntheticInputs).Assembly).Run(args);
return 0;
