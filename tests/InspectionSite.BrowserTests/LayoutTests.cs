using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;
using Microsoft.Playwright;

namespace InspectionSite.BrowserTests;

/// <summary>How pages lay out on a phone, a tablet and a desktop: words whole in tables, and screenshots for a person to look at.</summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserSite fixture)
{
    /// <summary>
    /// Each word of each table cell, as the ranges of its letters' line boxes: a word whose boxes sit on more than
    /// one line was broken inside it. A break after a hyphen or slash is allowed, and so is text hidden for
    /// screen readers (a one-pixel box) or not shown.
    /// </summary>
    private const string SplitWords = """
        () => {
          const split = new Set();
          for (const cell of document.querySelectorAll('main td, main th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
              if (node.parentElement.getBoundingClientRect().width < 2) continue;
              for (const word of node.data.matchAll(/[^\s\-‐–—\/]+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                if (lines.size > 1) split.add(`"${word[0]}" in "${cell.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
              }
            }
          }
          return [...split];
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task No_word_in_a_table_cell_is_split_across_lines(int width)
    {
        var findings = new List<Finding>();
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        try
        {
            var tab = await context.NewPageAsync();
            foreach (var page in PageKinds.Representatives(fixture.Site))
            {
                await tab.GotoAsync(fixture.Site.Url(page));
                findings.AddRange((await tab.EvaluateAsync<string[]>(SplitWords)).Select(word => new Finding(page, $"at {width} px the word {word} is split across lines")));
            }
        }
        finally
        {
            await context.CloseAsync();
        }
        Findings.AssertNone(findings, $"Words split in table cells at {width} px");
    }

    /// <summary>One full-page screenshot of each kind of page, charts drawn, as a phone and a desktop show it, in artefacts/screenshots/ for a person to look at (not compared).</summary>
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Every_kind_of_page_is_photographed_for_review(int width)
    {
        var folder = Artefacts.Folder("screenshots");
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        try
        {
            var tab = await context.NewPageAsync();
            foreach (var page in PageKinds.Representatives(fixture.Site))
            {
                await tab.GotoAsync(fixture.Site.Url(page), new() { WaitUntil = WaitUntilState.NetworkIdle });
                // Charts draw as they scroll into view; the page's print preparation draws them all, as a reader scrolling would.
                await tab.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
                await tab.WaitForFunctionAsync("() => document.querySelectorAll('figure.chart details.chart-data[open]').length === 0", null, new() { Timeout = 15_000 });
                var file = Path.Combine(folder, $"{Artefacts.FileName(page, width.ToString())}.png");
                await tab.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"the screenshot of {page} at {width} px is empty");
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
