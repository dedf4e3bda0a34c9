using InspectionSite.Search;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The search index is part of the published site: the same input and date give the same bytes.</summary>
public sealed class SearchIndexTests
{
    [Fact, Trait("Speed", "Slow")]
    public void Two_builds_of_the_same_input_write_the_same_search_index()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(1000), folder["input"]);
        // Pagefind numbers pages in the order a folder lists them. On tmpfs that is the order they were made in,
        // which writing files in parallel varies; a disk such as ext4 lists them by a hash of their names.
        var outputs = Directory.Exists("/dev/shm") ? Path.Combine("/dev/shm", "inspection-site-tests", Guid.NewGuid().ToString("N")) : folder["outputs"];
        try
        {
            var first = IndexOf(folder["input"], Path.Combine(outputs, "first"));
            var second = IndexOf(folder["input"], Path.Combine(outputs, "second"));

            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
            Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs"));
            Assert.Contains(first.Keys, path => path.StartsWith("filter/", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(outputs)) Directory.Delete(outputs, recursive: true);
        }
    }

    /// <summary>Builds the site and returns its search index, file by file (their names are hashes of their bytes).</summary>
    private static Dictionary<string, byte[]> IndexOf(string input, string output)
    {
        SiteBuilder.Build(input, output);
        var bundle = Path.Combine(output, SearchIndexer.BundleFolder);
        return Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(bundle, file).Replace('\\', '/'), File.ReadAllBytes);
    }
}
