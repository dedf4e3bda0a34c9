using System.Diagnostics;
using System.Text.Json;
using InspectionSite.Tools;

namespace InspectionSite.Search;

/// <summary>
/// Builds the search index with Pagefind, over the finished site in its staging folder, so that the
/// index always describes exactly the pages that are published with it. Pagefind reads the
/// data-pagefind-* attributes the theme writes: which part of a page to index, and its filters.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The folder, under the site's root, where Pagefind writes its index and scripts.</summary>
    public const string BundleFolder = "pagefind";

    /// <summary>
    /// Indexes the site in <paramref name="siteFolder"/> into <paramref name="bundle"/> (by default its
    /// <see cref="BundleFolder"/>), replacing what is there, and returns how many pages the index holds.
    /// </summary>
    public static int Index(string siteFolder, string? bundle = null)
    {
        var runner = NodePackages.Locate().PathOf("pagefind", "lib/runner/bin.cjs");
        bundle = Path.GetFullPath(bundle ?? Path.Combine(siteFolder, BundleFolder));
        // Pagefind adds to its folder and never removes: an old index's fragments would linger.
        if (Directory.Exists(bundle)) Directory.Delete(bundle, recursive: true);
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { runner, "--site", siteFolder, "--output-path", bundle })
            start.ArgumentList.Add(argument);

        string output;
        int exitCode;
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            output = stdout.Result + stderr.Result;
            exitCode = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ToolException("'node' was not found, and Pagefind needs it to build the search index. Install Node.js 20 or later, then build again.");
        }
        if (exitCode != 0) throw new ToolException($"Pagefind failed to index the site (exit code {exitCode}):\n{output.Trim()}");
        return PageCount(bundle);
    }

    /// <summary>Pagefind records how many pages it indexed, per language, in its entry file.</summary>
    private static int PageCount(string bundle)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(language => language.Value.GetProperty("page_count").GetInt32());
    }
}
