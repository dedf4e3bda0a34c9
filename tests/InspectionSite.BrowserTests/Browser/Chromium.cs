using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>
/// The one chromium every browser test drives, through Playwright: Debian's, headless, and offline but for
/// 127.0.0.1, so anything a page fetches from another host fails and shows as a console error. It starts when the
/// first test asks for it and closes when the test run ends: xunit 2 has no assembly fixture, so one browser for
/// the whole run is a process-wide one, and each test still gets a browser context of its own (<see cref="ReaderTab"/>).
/// </summary>
public static class Chromium
{
    /// <summary>No sandbox, GPU, first-run screens or traffic of its own, and no host name but 127.0.0.1 resolves.</summary>
    private static readonly string[] Switches =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    private static readonly Lazy<Task<IBrowser>> Started = new(StartAsync);

    /// <summary>The browser, started at the first call; a failure to start fails every test that asks, with the same message.</summary>
    public static Task<IBrowser> BrowserAsync() => Started.Value;

    private static async Task<IBrowser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        // Playwright drives Debian's chromium; it never downloads a browser of its own.
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath.Executable, Headless = true, Args = Switches });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }
}
