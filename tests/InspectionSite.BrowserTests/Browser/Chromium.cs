using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>Debian's own chromium, driven headless by Playwright; Playwright never downloads a browser of its own.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing. ./tests/run.sh installs it; or run: apt-get install -y chromium");
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
    }
}
