namespace InspectionSite.BrowserTests.Browser;

/// <summary>Where Debian's chromium is: the browser tests drive it through Playwright, Lighthouse through its own launcher.</summary>
public static class ChromiumPath
{
    /// <summary>Debian's chromium, or the one the CHROMIUM variable names.</summary>
    public static string Executable =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
        ?? throw new InvalidOperationException("Chromium was not found: tests/run.sh installs it (apt-get install chromium), or set CHROMIUM to its path.");
}
