using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// With JavaScript switched off the page must still give its heading, its navigation and all its content:
/// scripts may only add to a page. Content inside [hidden] is left out, as that is what a page keeps back
/// until a script can make it work.
/// </summary>
public sealed class NoScriptCheck : IPageCheck
{
    private const string Problems = $$"""
        () => {
          const describe = {{Scripts.Describe}};
          const shown = {{Scripts.Shown}};
          const problems = [];
          const h1 = document.querySelector('main h1');
          if (!shown(h1) || !h1.innerText.trim()) problems.push('no visible heading (h1) in main');
          const navigation = document.querySelector('nav[aria-label="Main"]');
          const links = navigation ? [...navigation.querySelectorAll('a[href]')] : [];
          if (links.length === 0) problems.push('no main navigation');
          for (const link of links.filter(a => !shown(a))) problems.push(`the navigation ${describe(link)} is hidden`);
          const blocks = [...document.querySelectorAll('main :is(p, li, dt, dd, table, h2, h3, h4, figure, blockquote)')];
          for (const block of blocks.filter(b => !b.closest('[hidden]') && b.textContent.trim() && !shown(b)))
            problems.push(`${describe(block)} is hidden`);
          return problems;
        }
        """;

    public BrowserNewContextOptions Browsing => new() { JavaScriptEnabled = false };

    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page)
    {
        await tab.GotoAsync(site.Url(page));
        var problems = await tab.EvaluateAsync<string[]>(Problems);
        return problems.Select(p => new Finding(page, $"without JavaScript, {p}")).ToList();
    }
}
