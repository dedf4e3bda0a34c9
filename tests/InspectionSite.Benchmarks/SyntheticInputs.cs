using InspectionSite.Synthetic;

namespace InspectionSite.Benchmarks;

/// <summary>Synthetic input folders for the micro-benchmarks, written afresh by each benchmark process.</summary>
public static class SyntheticInputs
{
    public static string Folder(int recommendations)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inspection-site-bench", $"input-{recommendations}-{Environment.ProcessId}");
        if (File.Exists(Path.Combine(folder, "site.yml"))) return folder;
        SyntheticInput.Write(SyntheticScale.ForRecommendations(recommendations), folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }
}
