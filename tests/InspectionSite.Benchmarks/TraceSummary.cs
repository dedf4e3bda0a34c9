using Microsoft.Diagnostics.Tracing.Etlx;

namespace InspectionSite.Benchmarks;

/// <summary>
/// Reads an EventPipe trace of a build (DOTNET_EnableEventPipe=1) and prints the methods where the CPU
/// samples fall: exclusive (the method itself) and inclusive (it or what it calls). This is how the
/// bottlenecks were found; it needs no tool beyond the runtime's own tracing.
/// </summary>
public static class TraceSummary
{
    public static void Print(string tracePath, int top)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(tracePath);
        using var log = new TraceLog(etlx);
        var exclusive = new Dictionary<string, int>();
        var inclusive = new Dictionary<string, int>();
        var samples = 0;
        foreach (var sample in log.Events.Where(e => e.ProviderName == "Microsoft-DotNETCore-SampleProfiler"))
        {
            var stack = sample.CallStack();
            if (stack is null || IsWaiting(stack)) continue;
            samples++;
            exclusive[Name(stack)] = exclusive.GetValueOrDefault(Name(stack)) + 1;
            var seen = new HashSet<string>();
            for (var frame = stack; frame is not null; frame = frame.Caller)
                if (seen.Add(Name(frame))) inclusive[Name(frame)] = inclusive.GetValueOrDefault(Name(frame)) + 1;
        }
        Console.WriteLine($"{samples} samples of running threads");
        Show("exclusive", exclusive, samples, top);
        Show("inclusive", inclusive, samples, top);
    }

    private static bool IsWaiting(TraceCallStack stack)
    {
        var name = Name(stack);
        return name.Contains("Wait", StringComparison.Ordinal) || name.Contains("Sleep", StringComparison.Ordinal) || name.Contains("LowLevelLifoSemaphore", StringComparison.Ordinal);
    }

    private static string Name(TraceCallStack frame) => frame.CodeAddress.FullMethodName is { Length: > 0 } name ? name : frame.CodeAddress.ModuleName + "!?";

    private static void Show(string title, Dictionary<string, int> counts, int samples, int top)
    {
        Console.WriteLine($"\nTop {top} methods by {title} samples:");
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).Take(top))
            Console.WriteLine($"{100.0 * count / Math.Max(1, samples),6:0.0}%  {Shorten(name)}");
    }

    private static string Shorten(string name) => name.Length <= 160 ? name : name[..160] + "…";
}
