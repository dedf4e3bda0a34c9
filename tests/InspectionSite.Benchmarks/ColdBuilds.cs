using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Benchmarks;

/// <summary>What the cold builds of one input measured: whole-process figures and the build's own stage timings.</summary>
public sealed record ColdBuildResult(string Name, int Pages, Spread Wall, Spread Generator, Spread Cpu, Spread PeakMegabytes,
    IReadOnlyList<(string Stage, Spread Milliseconds)> Stages, PageSizes.Measured PageSizes)
{
    public double PagesPerSecond => Pages / Wall.Median;
}

/// <summary>
/// Times whole cold builds: a new process each time, the output folder removed first, the built generator
/// run directly (not through "dotnet run", which first checks whether it needs building).
/// </summary>
public sealed partial class ColdBuilds(string generatorDll, string outputRoot, int runs)
{
    public const string AsOf = "2026-01-01";

    public ColdBuildResult Measure(string name, string input)
    {
        var output = Path.Combine(outputRoot, "out-" + name);
        var measured = new List<RunMeasure>();
        for (var run = 0; run <= runs; run++) // the first run warms the file cache and is not counted
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            var result = ProcessRun.Measure("dotnet", generatorDll, "build", "--input", input, "--output", output, "--as-of", AsOf);
            if (run > 0) measured.Add(result);
        }
        var last = measured[^1].Output;
        var stages = StageLine().Matches(last).Select(m => m.Groups["stage"].Value).ToList();
        return new ColdBuildResult(
            name,
            int.Parse(WroteLine().Match(last).Groups["pages"].Value, CultureInfo.InvariantCulture),
            Spread.Of(measured.Select(m => m.WallSeconds)),
            Spread.Of(measured.Select(m => double.Parse(WroteLine().Match(m.Output).Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000)),
            Spread.Of(measured.Select(m => m.CpuSeconds)),
            Spread.Of(measured.Select(m => m.PeakMegabytes)),
            stages.Select(stage => (stage, Spread.Of(measured.Select(m => StageMilliseconds(m.Output, stage))))).ToList(),
            PageSizes.Of(output, 5));
    }

    /// <summary>A stage's wall time as the build printed it; 0 for a stage it did not run.</summary>
    public static double StageMilliseconds(string output, string stage) =>
        StageLine().Matches(output).Where(m => m.Groups["stage"].Value == stage).Select(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)).SingleOrDefault();

    [GeneratedRegex(@"^  (?<stage>\S.*?)\s+(?<ms>[0-9]+) ms", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    /// <summary>The generator's own peak memory, as the build printed it: the peak of its process without Pagefind's.</summary>
    public static double GeneratorPeakMegabytes(string output) =>
        double.Parse(WroteLine().Match(output).Groups["mb"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Wrote (?<pages>[0-9]+) pages .* in (?<ms>[0-9]+) ms; the generator's own peak memory (?<mb>[0-9]+) MB")]
    private static partial Regex WroteLine();
}
