using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>axe-core's automated WCAG 2.2 level A and AA rules, on the page as the browser lays it out.</summary>
public sealed class AxeCheck : IPageCheck
{
    private static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page)
    {
        await tab.GotoAsync(site.Url(page));
        var result = await tab.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        });
        return result.Violations
            .Select(v => new Finding(page, $"axe {v.Id} ({v.Impact}): {v.Help}. At: {string.Join("; ", v.Nodes.Select(n => $"{n.Target} {n.Html}"))} ({v.HelpUrl})"))
            .ToList();
    }
}
