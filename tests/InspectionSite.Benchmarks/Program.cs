using BenchmarkDotNet.Running;
using InspectionSite.Benchmarks;

// "bench" times whole builds (tests/bench.sh runs it); "profile TRACE [TOP [METHOD]] [--after SECONDS]" summarises an
// EventPipe trace of a build; anything else goes to BenchmarkDotNet.
// See docs/performance.md.
if (args is ["bench", ..]) return BenchCommand.Run(args[1..]);
if (args is ["profile", var trace, ..])
{
    var at = Array.IndexOf(args, "--after");
    var after = at > 0 ? TimeSpan.FromSeconds(double.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture)) : TimeSpan.Zero;
    var positional = (at > 0 ? args[..at] : args)[2..];
    TraceSummary.Print(trace, positional.Length > 0 ? int.Parse(positional[0]) : 40, positional.Length > 1 ? positional[1] : null, after);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SyntheticInputs).Assembly).Run(args);
return 0;
