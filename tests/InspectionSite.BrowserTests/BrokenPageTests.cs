using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;
using InspectionSite.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace InspectionSite.BrowserTests;

/// <summary>
/// Proves the gates can fail: a copy of the built site with one page broken in the ways a careless edit to the
/// theme could break it (an image without alt text, a dead link, an inline script, a link out of the tab order or
/// without a focus ring, something too wide for a phone, content only a script would show). The build refuses raw
/// HTML and dead links in the input, so the damage is done to the built HTML. Each gate must name that page and
/// say what is wrong, and say nothing of the pages left alone.
/// </summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class BrokenPageTests(BrowserSite fixture, ITestOutputHelper output)
{
    private const string Page = "/reports/solihull-jtai/";

    private const string Damage = """
        <img src="/assets/pixel.png">
        <p><a href="/reports/no-such-report/">A report that does not exist</a></p>
        <script>document.title = "Changed by an inline script";</script>
        <p><a href="/" tabindex="-1">A link taken out of the tab order</a></p>
        <p><a href="/" class="no-focus-ring">A link with its focus ring removed</a></p>
        <svg width="640" height="8" aria-hidden="true"></svg>
        <p class="needs-script">A paragraph only a script would show</p>
        """;

    /// <summary>Added to the copy's stylesheet: a focus ring taken away, and content hidden until a script shows it.</summary>
    private const string BadStyles = """

        .no-focus-ring:focus-visible { outline: none; box-shadow: none; }
        .needs-script { display: none; }
        """;

    /// <summary>A real one-pixel PNG, so that the image itself loads and only its missing alt text is wrong.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task A_broken_page_fails_every_gate_with_the_page_and_the_reason()
    {
        using var copy = new TempFolder();
        var folder = copy["output"];
        TempFolder.CopyDirectory(fixture.Site.Folder, folder);
        File.WriteAllBytes(Path.Combine(folder, "assets", "pixel.png"), Pixel);
        var file = Path.Combine(folder, "reports", "solihull-jtai", "index.html");
        File.WriteAllText(file, File.ReadAllText(file).Replace("</main>", Damage + "</main>", StringComparison.Ordinal));
        foreach (var stylesheet in Directory.EnumerateFiles(Path.Combine(folder, "assets"), "*.css", SearchOption.AllDirectories))
            File.AppendAllText(stylesheet, BadStyles);
        await using var broken = await ServedSite.StartAsync(folder);

        AssertReported(await Check(new AxeCheck(), broken), "axe", "axe image-alt (critical): Images must have alternative text");
        AssertReported(await Check(new ConsoleCheck(), broken), "Console", "CSP violation: Executing inline script violates");
        AssertReported(await LinkCrawler.CheckAsync(broken), "Links", "the link '/reports/no-such-report/' is broken: the server answers 404");
        AssertReported(await NuHtmlChecker.CheckAsync(folder), "Nu Html Checker", "An “img” element must have an “alt” attribute");
        var keyboard = await Check(new KeyboardCheck(), broken);
        AssertReported(keyboard, "Keyboard", "link \"A link taken out of the tab order\" (/) cannot be reached with the Tab key");
        AssertReported(keyboard, "Keyboard", "link \"A link with its focus ring removed\" (/) shows no visible focus");
        AssertReported(await Check(new ReflowCheck(), broken), "Reflow", "at 320 CSS px wide the page scrolls sideways");
        AssertReported(await Check(new NoScriptCheck(), broken), "Without JavaScript", "p \"A paragraph only a script would show\" is hidden");
    }

    private Task<IReadOnlyList<Finding>> Check(IPageCheck check, ServedSite site) => check.CheckAsync(fixture.Browser, site, [Page]);

    /// <summary>The gate's failure message names the page and the reason, and no other page is blamed.</summary>
    private void AssertReported(IReadOnlyList<Finding> findings, string gate, string reason)
    {
        var failure = Assert.ThrowsAny<XunitException>(() => Findings.AssertNone(findings, gate));
        output.WriteLine(failure.Message);
        Assert.Contains($"{Page}: ", failure.Message);
        Assert.Contains(reason, failure.Message);
        Assert.All(findings, finding => Assert.Equal(Page, finding.Page));
    }
}
