using Microsoft.Diagnostics.Tracing.Etlx;

namespace InspectionSite.Benchmarks;

/// <summary>
/// Reads an EventPipe trace of a build (DOTNET_EnableEventPipe=1) and prints the methods where the CPU
/// samples fall: exclusive (the method itself) and inclusive (it or what it calls). This is how the
/// bottlenecks were found; it needs no tool beyond the runtime's own tracing.
/// </summary>
public static class TraceSummary
{
    /// <summary>
    /// With <paramref name="callersOf"/>, also counts which methods call the methods whose names contain it. With
    /// <paramref name="after"/>, counts only the samples taken that long after the trace began: a trace of the preview
    /// starts with a whole build, which would drown the rebuilds that follow it.
    /// </summary>
    public static void Print(string tracePath, int top, string? callersOf = null, TimeSpan after = default)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(tracePath);
        using var log = new TraceLog(etlx);
        var exclusive = new Dictionary<string, int>();
        var inclusive = new Dictionary<string, int>();
        var callers = new Dictionary<string, int>();
        var samples = 0;
        foreach (var sample in log.Events.Where(e => e.ProviderName == "Microsoft-DotNETCore-SampleProfiler" && e.TimeStampRelativeMSec >= after.TotalMilliseconds))
        {
            var stack = sample.CallStack();
            if (stack is null || IsWaiting(stack)) continue;
            samples++;
            exclusive[Name(stack)] = exclusive.GetValueOrDefault(Name(stack)) + 1;
            var seen = new HashSet<string>();
            for (var frame = stack; frame is not null; frame = frame.Caller)
                if (seen.Add(Name(frame))) inclusive[Name(frame)] = inclusive.GetValueOrDefault(Name(frame)) + 1;
            if (callersOf is not null) CountCallers(stack, callersOf, callers);
        }
        Console.WriteLine($"{samples} samples of running threads");
        Show("exclusive", exclusive, samples, top);
        Show("inclusive", inclusive, samples, top);
        if (callersOf is not null) Show($"caller chains of '{callersOf}'", callers, samples, top);
    }

    /// <summary>
    /// The first three frames of the site's own code above the first frame matching <paramref name="callee"/>, as one
    /// chain: the framework's frames between (dictionaries, LINQ, tasks) would hide which of its callers it was.
    /// </summary>
    private static void CountCallers(TraceCallStack stack, string callee, Dictionary<string, int> callers)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            if (!Name(frame).Contains(callee, StringComparison.Ordinal)) continue;
            var chain = new List<string>();
            for (var caller = frame.Caller; caller is not null && chain.Count < 3; caller = caller.Caller)
                if (Name(caller).StartsWith("InspectionSite", StringComparison.Ordinal)) chain.Add(Shorten(Name(caller), 70));
            var key = string.Join(" <- ", chain);
            callers[key] = callers.GetValueOrDefault(key) + 1;
            return;
        }
    }

    /// <summary>A thread that waits, sleeps, or is blocked in the preview's watching of files or its serving of pages.</summary>
    private static bool IsWaiting(TraceCallStack stack)
    {
        var name = Name(stack);
        if (name.Contains("Wait", StringComparison.Ordinal) || name.Contains("Sleep", StringComparison.Ordinal) || name.Contains("LowLevelLifoSemaphore", StringComparison.Ordinal))
            return true;
        for (var frame = stack; frame is not null; frame = frame.Caller)
            if (Name(frame) is var caller && (caller.Contains("FileSystemWatcher+RunningInstance.TryReadEvent", StringComparison.Ordinal) ||
                caller.Contains("SocketAsyncEngine.EventLoop", StringComparison.Ordinal)))
                return true;
        return false;
    }

    private static string Name(TraceCallStack frame) => frame.CodeAddress.FullMethodName is { Length: > 0 } name ? name : frame.CodeAddress.ModuleName + "!?";

    private static void Show(string title, Dictionary<string, int> counts, int samples, int top)
    {
        Console.WriteLine($"\nTop {top} methods by {title} samples:");
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).Take(top))
            Console.WriteLine($"{100.0 * count / Math.Max(1, samples),6:0.0}%  {Shorten(name)}");
    }

    private static string Shorten(string name, int length = 160) => name.Length <= length ? name : name[..length] + "…";
}
