using System.Diagnostics;
using System.Runtime.InteropServices;
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
    /// <param name="inBackground">
    /// Runs Pagefind at the lowest priority, for the preview: at 10k it uses both cores for about ten seconds,
    /// and a rebuild for the next edit must not have to share them.
    /// </param>
    public static int Index(string siteFolder, string? bundle = null, bool inBackground = false)
    {
        bundle = Path.GetFullPath(bundle ?? Path.Combine(siteFolder, BundleFolder));
        // Pagefind adds to its folder and never removes: an old index's fragments would linger.
        if (Directory.Exists(bundle)) Directory.Delete(bundle, recursive: true);
        string[] command = [Executable(), "--site", siteFolder, "--output-path", bundle];
        // On Linux a priority set from outside reaches only a program's first thread, so Pagefind starts under nice,
        // whose priority every thread it makes inherits; on Windows the priority class covers every thread.
        if (inBackground && !OperatingSystem.IsWindows()) command = ["nice", "-n", "19", .. command];
        var start = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);

        using var process = Start(start);
        if (inBackground && OperatingSystem.IsWindows()) LowerPriority(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new ToolException($"Pagefind failed to index the site (exit code {process.ExitCode}):\n{(stdout.Result + stderr.Result).Trim()}");
        foreach (var unused in UnusedFiles.SelectMany(pattern => Directory.EnumerateFiles(bundle, pattern)).ToList())
            File.Delete(unused);
        return PageCount(bundle);
    }

    /// <summary>
    /// Pagefind's ready-made search interfaces and its result-page highlighter, which it writes beside the index:
    /// the site's own search page calls Pagefind's script directly (scripts/search.js) and never loads them.
    /// </summary>
    public static readonly IReadOnlyList<string> UnusedFiles = ["pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*", "pagefind-highlight.js"];

    /// <summary>On Windows the priority class covers every thread; a Pagefind that has already finished needs none.</summary>
    private static void LowerPriority(Process process)
    {
        try
        {
            process.PriorityClass = ProcessPriorityClass.Idle;
        }
        catch (InvalidOperationException)
        {
            // it has exited
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ToolException($"Pagefind could not be started ({start.FileName}): {e.Message}. Delete node_modules and build again to reinstall it.");
        }
    }

    /// <summary>
    /// Pagefind's own program, from the npm package for this platform (installed first if need be), run directly rather
    /// than through the package's Node wrapper, which only finds it the same way and costs a Node start-up on every build.
    /// </summary>
    public static string Executable()
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var cpu = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        var packages = NodePackages.Locate();
        packages.EnsureInstalled();
        return new[] { "pagefind_extended", "pagefind" }
            .Select(name => Path.Combine(packages.ModulesFolder, "@pagefind", $"{platform}-{cpu}", "bin", name + suffix))
            .FirstOrDefault(File.Exists)
            ?? throw new ToolException($"Pagefind has no program for this platform ({platform}-{cpu}) in node_modules/@pagefind. " +
                                       "It publishes programs for Linux, macOS and Windows on x64 and arm64.");
    }

    /// <summary>Pagefind records how many pages it indexed, per language, in its entry file.</summary>
    private static int PageCount(string bundle)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(language => language.Value.GetProperty("page_count").GetInt32());
    }
}
