using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>A check that opens a page of a served site in a browser tab and reports what is wrong with it.</summary>
public interface IPageCheck
{
    /// <summary>How the browser is set up for this check: window size, JavaScript on or off.</summary>
    BrowserNewContextOptions Browsing => new();

    /// <summary>Sets up the check's context before its first page opens: a script every page should carry, say.</summary>
    Task PrepareAsync(IBrowserContext context) => Task.CompletedTask;

    Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page);
}

public static class PageCheckExtensions
{
    /// <summary>Runs a check on pages one after another, in one fresh browser context of its own.</summary>
    public static async Task<IReadOnlyList<Finding>> CheckAsync(this IPageCheck check, IBrowser browser, ServedSite site, IEnumerable<string> pages)
    {
        await using var context = await browser.NewContextAsync(check.Browsing);
        await check.PrepareAsync(context);
        var tab = await context.NewPageAsync();
        var findings = new List<Finding>();
        foreach (var page in pages) findings.AddRange(await check.CheckAsync(tab, site, page));
        return findings;
    }

    public static Task<IReadOnlyList<Finding>> CheckEveryPageAsync(this IPageCheck check, IBrowser browser, ServedSite site) =>
        check.CheckAsync(browser, site, site.Pages);
}
