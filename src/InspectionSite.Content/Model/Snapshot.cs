using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A figure as a paper gives it: exact, or a lower bound ("over 60").</summary>
public readonly record struct Count(int Value, bool IsLowerBound)
{
    public override string ToString() => IsLowerBound ? $"over {Value}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The aggregate counts one meeting's paper gives. Null means the paper gives no figure.</summary>
public sealed record Snapshot(
    string MeetingId,
    Count? OpenRecommendations,
    Count? OpenAreasForImprovement,
    Count? OpenCausesOfConcern,
    Count? SignedOffSincePrevious,
    Count? CausesOfConcernSignedOffSincePrevious,
    SourceLocation Source);
