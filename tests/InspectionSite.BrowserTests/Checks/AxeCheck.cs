using Deque.AxeCore.Commons;
using InspectionSite.BrowserTests.Browser;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// axe-core's automated WCAG 2.2 level A and AA rules, on the page as the browser lays it out. axe is the one bundled
/// with Deque's .NET package, loaded into every page of the check's context as it opens and run there: handing its
/// source to each page in turn, as Deque's Playwright wrapper does, took four times as long as axe's own run.
/// </summary>
public sealed class AxeCheck : IPageCheck
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Each violation as one line: the rule, its impact and help, every element it found, and where to read more.</summary>
    private const string Run = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.map(v =>
            `axe ${v.id} (${v.impact}): ${v.help}. At: ${v.nodes.map(n => `${n.target.join(' ')} ${n.html}`).join('; ')} (${v.helpUrl})`);
        }
        """;

    public Task PrepareAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage tab, ServedSite site, string page)
    {
        await tab.GotoAsync(site.Url(page));
        return (await tab.EvaluateAsync<string[]>(Run)).Select(violation => new Finding(page, violation)).ToList();
    }
}
