using System.Diagnostics;

namespace InspectionSite.Tests.Support;

/// <summary>What Chromium made of a page: the document after its scripts ran, and every console message.</summary>
public sealed record LoadedPage(string Dom, IReadOnlyList<string> Console);

/// <summary>
/// The chromium every browser test runs, headless. <see cref="Load"/> loads a page with no network beyond
/// 127.0.0.1: every other host name fails to resolve, so anything fetched from a CDN would fail and show up
/// as a console error.
/// </summary>
public static class HeadlessChromium
{
    /// <summary>What every test's chromium runs with: no sandbox, GPU, first-run screens, or traffic of its own.</summary>
    public static readonly IReadOnlyList<string> Switches =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    /// <summary>Debian's chromium, or the one the CHROMIUM variable names.</summary>
    public static string Executable =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
        ?? throw new InvalidOperationException("Chromium was not found: tests/run.sh installs it (apt-get install chromium), or set CHROMIUM to its path.");

    public static LoadedPage Load(string url)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless", .. Switches, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            $"--user-data-dir={profile.Path}", "--enable-logging=stderr", "--v=0",
            // Virtual time lets every timer and animation frame plotly.js asks for run before the DOM is dumped.
            "--virtual-time-budget=15000", "--window-size=1200,2000", "--dump-dom", url,
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish loading {url} in two minutes.");
        }
        var console = log.Result.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return new LoadedPage(dom.Result, console);
    }
}
