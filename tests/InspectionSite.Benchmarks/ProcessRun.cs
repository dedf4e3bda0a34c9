using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Benchmarks;

/// <summary>One finished run of a command: wall time, processor time, the peak memory of the process, and what it printed.</summary>
public sealed record RunMeasure(double WallSeconds, double CpuSeconds, double PeakMegabytes, string Output);

/// <summary>
/// Runs a command as a whole process under GNU time (/usr/bin/time), which reports the operating system's
/// own accounting of the finished process: its peak resident memory and its processor time.
/// </summary>
public static partial class ProcessRun
{
    public static RunMeasure Measure(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", "measured: %e %U %S %M", command }.Concat(arguments)) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var measured = MeasuredLine().Match(errors.Result);
        if (process.ExitCode != 0 || !measured.Success)
            throw new InvalidOperationException($"'{command} {string.Join(' ', arguments)}' failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
        double Number(int group) => double.Parse(measured.Groups[group].Value, CultureInfo.InvariantCulture);
        return new RunMeasure(wall, Number(2) + Number(3), Number(4) / 1024, output.Result);
    }

    [GeneratedRegex(@"measured: ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+)")]
    private static partial Regex MeasuredLine();
}
