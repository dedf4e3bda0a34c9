using System.Collections.Concurrent;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>
/// One tab a reader works in, in a browser context of its own, that keeps every console message, and as problems
/// every console error, uncaught script error and failed request (Chromium reports each Content Security Policy
/// violation as a console error).
/// </summary>
public sealed class ReaderTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _console = new();

    private ReaderTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            _console.Enqueue($"{message.Type}: {message.Text} (at {message.Location})");
            if (message.Type == "error") _problems.Enqueue($"{message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => _problems.Enqueue($"uncaught script error: {error}");
        page.RequestFailed += (_, request) => _problems.Enqueue($"{request.Url} failed to load: {request.Failure}");
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>Every console message, of any kind: a page that works says nothing there.</summary>
    public IReadOnlyCollection<string> Console => _console;

    /// <summary>The address bar after the host: "/search/?q=older+people".</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>One parameter of the address bar's query, decoded; null when absent.</summary>
    public string? Query(string name) =>
        QueryHelpers.ParseQuery(new Uri(Page.Url).Query).TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>Opens a page of the served site; <paramref name="configure"/> may change the context first, e.g. to route requests.</summary>
    public static async Task<ReaderTab> OpenAsync(BrowserSite fixture, string path, bool javaScript = true, Func<IBrowserContext, Task>? configure = null)
    {
        var context = await fixture.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        if (configure is not null) await configure(context);
        var tab = new ReaderTab(context, await context.NewPageAsync());
        await tab.Page.GotoAsync(fixture.Site.Url(path));
        return tab;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
