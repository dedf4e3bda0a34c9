namespace InspectionSite.Synthetic;

/// <summary>How big a synthetic input is: how many of each thing it holds, and the seed that fixes its content.</summary>
public sealed record SyntheticScale(int Recommendations, int Reports, int Meetings, int Inspections, int Seed = 1)
{
    /// <summary>A scale sized from its number of recommendations, with the proportions of the national data.</summary>
    public static SyntheticScale ForRecommendations(int recommendations, int seed = 1)
    {
        var reports = Math.Max(1, recommendations / 5);
        return new SyntheticScale(recommendations, reports, Math.Max(2, recommendations / 50), Math.Max(1, reports / 4), seed);
    }

    public string Describe() =>
        $"{Recommendations} recommendations, {Reports} reports, {Meetings} meetings, {Inspections} inspections (seed {Seed})";
}
