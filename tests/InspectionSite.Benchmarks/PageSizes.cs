namespace InspectionSite.Benchmarks;

/// <summary>The largest HTML pages of a built site: no page may pass the budget, at any size of input, to stay readable on a phone.</summary>
public static class PageSizes
{
    public const int BudgetKilobytes = 500;

    public static IReadOnlyList<(string Path, long Bytes)> Largest(string output, int count) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(file => (Path: "/" + Path.GetRelativePath(output, file).Replace('\\', '/'), Bytes: new FileInfo(file).Length))
            .OrderByDescending(page => page.Bytes).ThenBy(page => page.Path, StringComparer.Ordinal)
            .Take(count).ToList();
}
