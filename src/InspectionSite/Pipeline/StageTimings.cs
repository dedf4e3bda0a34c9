using System.Diagnostics;

namespace InspectionSite.Pipeline;

/// <summary>How long each named stage of a build took, in the order they ran.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _stages.Add((stage, clock.Elapsed));
        }
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });
}
