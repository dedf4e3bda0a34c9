namespace InspectionSite.Tests.Support;

/// <summary>Finds the checkout's folders from wherever the test runner starts.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string TestSource => Path.Combine(Root, "tests", "InspectionSite.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }
}
