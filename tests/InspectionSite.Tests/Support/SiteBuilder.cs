using InspectionSite.Content.Diagnostics;
using InspectionSite.Pipeline;

namespace InspectionSite.Tests.Support;

/// <summary>Runs the real build pipeline on a folder, as the build command does.</summary>
public static class SiteBuilder
{
    public static readonly DateOnly AsOf = new(2026, 11, 21);

    public static BuildResult Build(string input, string output, string? basePath = null, string? baseUrl = null) =>
        new BuildPipeline(new BuildOptions(input, output, baseUrl, basePath, AsOf)).Run();

    /// <summary>Builds and returns the problems reported; fails if the build unexpectedly succeeds.</summary>
    public static IReadOnlyList<Diagnostic> Problems(string input, string output)
    {
        var error = Assert.Throws<InputException>(() => Build(input, output));
        return error.Diagnostics;
    }
}
