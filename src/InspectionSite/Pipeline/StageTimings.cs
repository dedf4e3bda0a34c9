using System.Diagnostics;

namespace InspectionSite.Pipeline;

/// <summary>
/// How long each named stage of a build took, in the order they ended: wall time, and the processor time
/// of the whole process meanwhile. On a busy machine the second is the steadier measure; twice the first
/// on two cores means the stage kept both busy. Two stages that run side by side each count the other's processor time.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> Stages
    {
        get { lock (_stages) return [.. _stages]; }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            var timing = (stage, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
            lock (_stages) _stages.Add(timing);
        }
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });
}
