using System.Text.Json;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// Presses Tab from the top of the page until focus comes round again, as a keyboard user would. The first
/// stop must be a skip link that moves focus into main; every link, form control (a search box, say) and table
/// region must be reached; at every stop the focused element must be on screen with a visible focus indicator.
/// </summary>
public sealed class KeyboardCheck : IPageCheck
{
    private const int MaxStops = 1000;

    private const string FocusStop = $$"""
        () => {
          const describe = {{Scripts.Describe}};
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const reached = (window.__reachedByKeyboard ??= new Set());
          const again = reached.has(el);
          reached.add(el);
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          const target = el.matches('a[href^="#"]') ? document.getElementById(decodeURIComponent(el.hash.slice(1))) : null;
          return {
            name: describe(el),
            again,
            skipsToMain: !!target && target === document.querySelector('main'),
            focusVisible: el.matches(':focus-visible'),
            indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
            onScreen: rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
          };
        }
        """;

    private const string Unreached = $$"""
        () => {
          const describe = {{Scripts.Describe}};
          const shown = {{Scripts.Shown}};
          const reached = window.__reachedByKeyboard ?? new Set();
          // What sits in a closed <details> is reached by opening it: its summary must be reachable, not its content.
          const folded = el => { const d = el.closest('details'); return !!d && !d.open && !el.matches('summary'); };
          // Radio buttons are left out: Tab reaches a group once, and the arrow keys move within it.
          const controls = ':is(button, input:not([type=hidden], [type=radio]), select, textarea):not(:disabled)';
          return [...document.querySelectorAll(`a[href], [role=region], summary, ${controls}`)]
            .filter(el => shown(el) && !folded(el) && !reached.has(el))
            .map(describe);
        }
        """;

    private const string FocusIsInMain = "() => !!document.querySelector('main')?.contains(document.activeElement)";

    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page)
    {
        await tab.GotoAsync(site.Url(page));
        var problems = new List<string>();

        var stops = 0;
        for (; stops < MaxStops; stops++)
        {
            await tab.Keyboard.PressAsync("Tab");
            var stop = await tab.EvaluateAsync<JsonElement>(FocusStop);
            if (stop.ValueKind == JsonValueKind.Null || stop.GetProperty("again").GetBoolean()) break;
            var name = stop.GetProperty("name").GetString();
            if (stops == 0 && !stop.GetProperty("skipsToMain").GetBoolean())
                problems.Add($"the first Tab reaches {name}, not a skip link to the main content");
            if (!stop.GetProperty("focusVisible").GetBoolean() || !stop.GetProperty("indicator").GetBoolean())
                problems.Add($"{name} shows no visible focus (no outline of 2px or more, nor a box-shadow, on :focus-visible)");
            if (!stop.GetProperty("onScreen").GetBoolean())
                problems.Add($"{name} takes keyboard focus but is not on screen");
        }
        if (stops == 0) problems.Add("the Tab key reaches nothing on the page");
        if (stops == MaxStops) problems.Add($"focus never came round again after {MaxStops} presses of Tab");
        problems.AddRange((await tab.EvaluateAsync<string[]>(Unreached)).Select(name => $"{name} cannot be reached with the Tab key"));

        // The skip link must work, not just be there: Enter on it, then Tab, lands inside main.
        await tab.ReloadAsync();
        await tab.Keyboard.PressAsync("Tab");
        await tab.Keyboard.PressAsync("Enter");
        await tab.Keyboard.PressAsync("Tab");
        if (!await tab.EvaluateAsync<bool>(FocusIsInMain))
            problems.Add("Tab, Enter on the skip link, then Tab again does not move focus into the main content");

        return problems.Select(p => new Finding(page, p)).ToList();
    }
}
