namespace InspectionSite.Benchmarks;

/// <summary>
/// The page budget, at any size of input, so that every page opens comfortably on a phone: no HTML page over
/// <see cref="BudgetKilobytes"/>, and the home page, the one most readers open first, under <see cref="HomeBudgetKilobytes"/>.
/// </summary>
public static class PageSizes
{
    public const int BudgetKilobytes = 500;
    public const int HomeBudgetKilobytes = 100;

    public static string Statement => $"Page budget, at every size of input: no HTML page over {BudgetKilobytes} KB, the home page under {HomeBudgetKilobytes} KB.";

    /// <summary>A built site's home page and its largest pages, by their path in the site ("/meetings/x/index.html").</summary>
    public sealed record Measured(long HomeBytes, IReadOnlyList<(string Path, long Bytes)> Largest)
    {
        /// <summary>What breaks the budget, in words; empty when the site keeps within it.</summary>
        public IEnumerable<string> Breaches(string site) =>
        [
            .. HomeBytes >= HomeBudgetKilobytes * 1024 ? [$"{site}: the home page is {Kilobytes(HomeBytes)} KB, over its budget of {HomeBudgetKilobytes} KB"] : Array.Empty<string>(),
            .. Largest.Where(p => p.Bytes > BudgetKilobytes * 1024).Select(p => $"{site}: {p.Path} is {Kilobytes(p.Bytes)} KB, over the budget of {BudgetKilobytes} KB"),
        ];
    }

    public static Measured Of(string output, int count) =>
        new(new FileInfo(Path.Combine(output, "index.html")).Length, Largest(output, count));

    public static IReadOnlyList<(string Path, long Bytes)> Largest(string output, int count) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(file => (Path: "/" + Path.GetRelativePath(output, file).Replace('\\', '/'), Bytes: new FileInfo(file).Length))
            .OrderByDescending(page => page.Bytes).ThenBy(page => page.Path, StringComparer.Ordinal)
            .Take(count).ToList();

    public static string Kilobytes(long bytes) => (bytes / 1024.0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
