using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InspectionSite.Pipeline;

namespace InspectionSite.Benchmarks;

/// <summary>
/// One whole build in process, for profiling rather than timing: run it with "--profiler EP" to get a
/// CPU sampling trace of every stage. Cold-build times come from the "builds" command instead.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BuildProfile
{
    private string _input = "";
    private string _output = "";

    [Params(1000, 10000)]
    public int Recommendations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = SyntheticInputs.Folder(Recommendations);
        _output = Path.Combine(Path.GetTempPath(), "inspection-site-bench", $"output-{Recommendations}");
    }

    [Benchmark]
    public int Build() => new BuildPipeline(new BuildOptions(_input, _output, null, null, new DateOnly(2026, 1, 1))).Run().PageCount;
}
