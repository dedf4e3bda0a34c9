namespace InspectionSite.Synthetic;

/// <summary>The one entry point: plan the facts for a scale, then write them as an input folder.</summary>
public static class SyntheticInput
{
    public static void Write(SyntheticScale scale, string folder) => new SyntheticWriter(new SyntheticPlan(scale), folder).Write();
}
