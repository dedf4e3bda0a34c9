using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Preview;

/// <summary>
/// Where the preview stands: the build whose files are being served, and the problems of the latest
/// attempt to rebuild (none when it succeeded; the served build is then the one it made).
/// </summary>
public sealed record BuildStatus(string ServedBuild, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
