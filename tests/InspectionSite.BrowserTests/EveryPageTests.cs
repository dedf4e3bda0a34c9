using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;

namespace InspectionSite.BrowserTests;

/// <summary>Every page of the real site, in chromium, through each gate a page must pass before it is published.</summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(BrowserSite fixture)
{
    [Fact]
    public void Every_kind_of_page_is_among_the_pages_checked()
    {
        var missing = PageKinds.All.Where(kind => !fixture.Site.Pages.Any(page => PageKinds.IsOf(page, kind))).ToList();
        Assert.True(missing.Count == 0, "No page of these kinds was found in the built site: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_page_loads_with_no_console_error_and_no_CSP_violation() =>
        Findings.AssertNone(await new ConsoleCheck().CheckEveryPageAsync(fixture.Browser, fixture.Site), "Console errors and CSP violations");

    [Fact]
    public async Task Axe_finds_no_WCAG_2_2_A_or_AA_violation_on_any_page() =>
        Findings.AssertNone(await new AxeCheck().CheckEveryPageAsync(fixture.Browser, fixture.Site), "axe-core, WCAG 2.2 A and AA");

    [Fact]
    public async Task Keyboard_alone_reaches_the_skip_link_every_link_and_every_table_with_a_visible_focus() =>
        Findings.AssertNone(await new KeyboardCheck().CheckEveryPageAsync(fixture.Browser, fixture.Site), "Keyboard");

    [Fact]
    public async Task Every_page_reads_at_320_css_pixels_without_scrolling_sideways() =>
        Findings.AssertNone(await new ReflowCheck().CheckEveryPageAsync(fixture.Browser, fixture.Site), "Reflow at 320 CSS px");

    [Fact]
    public async Task Without_javascript_every_page_keeps_its_content_and_navigation() =>
        Findings.AssertNone(await new NoScriptCheck().CheckEveryPageAsync(fixture.Browser, fixture.Site), "Without JavaScript");
}
