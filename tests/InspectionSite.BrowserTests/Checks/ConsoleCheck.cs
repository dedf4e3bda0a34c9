using System.Collections.Concurrent;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// Loads a page and waits for the network to settle, collecting every console error, uncaught script error
/// and failed request. Chromium reports each Content Security Policy violation as a console error.
/// </summary>
public sealed class ConsoleCheck : IPageCheck
{
    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page)
    {
        var problems = new ConcurrentQueue<string>();
        void OnConsole(object? sender, IConsoleMessage message)
        {
            if (message.Type != "error") return;
            var kind = message.Text.Contains("Content Security Policy", StringComparison.Ordinal) ? "CSP violation" : "console error";
            problems.Enqueue($"{kind}: {message.Text} (at {message.Location})");
        }
        void OnPageError(object? sender, string error) => problems.Enqueue($"uncaught script error: {error}");
        void OnRequestFailed(object? sender, IRequest request) => problems.Enqueue($"{request.Url} failed to load: {request.Failure}");

        tab.Console += OnConsole;
        tab.PageError += OnPageError;
        tab.RequestFailed += OnRequestFailed;
        try
        {
            var response = await tab.GotoAsync(site.Url(page), new() { WaitUntil = WaitUntilState.NetworkIdle });
            if (response is null || !response.Ok) problems.Enqueue($"the page answered {response?.Status}");
        }
        finally
        {
            tab.Console -= OnConsole;
            tab.PageError -= OnPageError;
            tab.RequestFailed -= OnRequestFailed;
        }
        return problems.Select(p => new Finding(page, p)).ToList();
    }
}
