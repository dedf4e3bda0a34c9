using System.Text.Json;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// WCAG 1.4.10 Reflow: at 320 CSS pixels wide the page must not scroll sideways. A table may scroll inside
/// its own region; nothing may widen the page itself.
/// </summary>
public sealed class ReflowCheck : IPageCheck
{
    public const int Width = 320;

    private const string Overflow = $$"""
        () => {
          const describe = {{Scripts.Describe}};
          const doc = document.documentElement;
          if (doc.scrollWidth <= doc.clientWidth) return null;
          const sticksOut = el => el.getBoundingClientRect().right > doc.clientWidth + 0.5;
          const culprits = [...document.body.querySelectorAll('*')]
            .filter(el => sticksOut(el) && ![...el.children].some(sticksOut))
            .slice(0, 5)
            .map(el => `${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)}px`);
          return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, culprits };
        }
        """;

    public BrowserNewContextOptions Browsing => new() { ViewportSize = new() { Width = Width, Height = 640 } };

    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page)
    {
        await tab.GotoAsync(site.Url(page));
        var overflow = await tab.EvaluateAsync<JsonElement>(Overflow);
        if (overflow.ValueKind == JsonValueKind.Null) return [];
        var culprits = string.Join("; ", overflow.GetProperty("culprits").EnumerateArray().Select(c => c.GetString()));
        return [new Finding(page, $"at {Width} CSS px wide the page scrolls sideways: it is {overflow.GetProperty("scrollWidth")}px wide " +
            $"in a {overflow.GetProperty("clientWidth")}px window. Sticking out: {culprits}")];
    }
}
