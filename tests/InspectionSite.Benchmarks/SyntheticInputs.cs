using InspectionSite.Synthetic;

namespace InspectionSite.Benchmarks;

/// <summary>Synthetic input folders under the temp folder, written once per scale and reused by every benchmark of a run.</summary>
public static class SyntheticInputs
{
    public static string Folder(int recommendations)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inspection-site-bench", $"input-{recommendations}");
        if (!File.Exists(Path.Combine(folder, "site.yml"))) SyntheticInput.Write(SyntheticScale.ForRecommendations(recommendations), folder);
        return folder;
    }
}
