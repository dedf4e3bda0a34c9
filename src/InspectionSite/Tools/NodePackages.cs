using System.Diagnostics;
using System.Text.Json;

namespace InspectionSite.Tools;

/// <summary>
/// The npm packages the build publishes or runs (plotly.js, Pagefind), pinned in package-lock.json.
/// They are installed with "npm ci" the first time they are needed, so a fresh clone builds with no manual step.
/// </summary>
public sealed class NodePackages
{
    private static readonly Lock InstallGate = new();

    public NodePackages(string root) => Root = root;

    /// <summary>The folder holding package.json.</summary>
    public string Root { get; }

    public string ModulesFolder => Path.Combine(Root, "node_modules");

    /// <summary>Finds package.json above the generator's own files, or above the current folder.</summary>
    public static NodePackages Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "package-lock.json")))
                    return new NodePackages(dir.FullName);
        throw new ToolException("package.json and package-lock.json were not found above the generator or the current folder.");
    }

    /// <summary>The path of a file inside an installed package, installing the packages first if any is missing.</summary>
    public string PathOf(string package, string relativePath)
    {
        EnsureInstalled();
        var path = Path.Combine(ModulesFolder, package, relativePath);
        if (!System.IO.File.Exists(path)) throw new ToolException($"{path} is missing after npm ci: is {package} in package.json?");
        return path;
    }

    public void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (Missing().Count == 0) return;
            Console.WriteLine("Installing the front-end packages pinned in package-lock.json (npm ci)...");
            Run("npm", "ci --no-audit --no-fund --loglevel=error");
            if (Missing() is { Count: > 0 } missing)
                throw new ToolException($"npm ci did not install: {string.Join(", ", missing)}.");
        }
    }

    private List<string> Missing()
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Root, "package.json")));
        return new[] { "dependencies", "devDependencies" }
            .Where(section => manifest.RootElement.TryGetProperty(section, out _))
            .SelectMany(section => manifest.RootElement.GetProperty(section).EnumerateObject().Select(p => p.Name))
            .Where(name => !System.IO.File.Exists(Path.Combine(ModulesFolder, name, "package.json")))
            .ToList();
    }

    private void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = Root, UseShellExecute = false };
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            if (process.ExitCode != 0) throw new ToolException($"'{program} {arguments}' failed with exit code {process.ExitCode}.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ToolException($"'{program}' was not found. Install Node.js 20 or later (it brings npm), then build again.");
        }
    }
}
