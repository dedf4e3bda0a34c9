using BenchmarkDotNet.Running;
using InspectionSite.Benchmarks;

// "bench" times whole builds (tests/bench.sh runs it); "profile TRACE [TOP [METHOD]]" summarises an EventPipe
// trace of a build; anything else goes to BenchmarkDotNet.
// See docs/performance.md.
if (args is ["bench", ..]) return BenchCommand.Run(args[1..]);
if (args is ["profile", var trace, ..])
{
    TraceSummary.Print(trace, args.Length > 2 ? int.Parse(args[2]) : 40, args.Length > 3 ? args[3] : null);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SyntheticInputs).Assembly).Run(args);
return 0;
