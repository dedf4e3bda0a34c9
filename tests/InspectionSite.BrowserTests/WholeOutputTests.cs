using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;
using InspectionSite.Tests.Support;

namespace InspectionSite.BrowserTests;

/// <summary>The whole built output, as served: links and anchors, and valid HTML.</summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class WholeOutputTests(BrowserSite fixture)
{
    [Fact]
    public async Task Every_internal_link_and_anchor_resolves_on_the_served_site() =>
        Findings.AssertNone(await LinkCrawler.CheckAsync(fixture.Site), "Links");

    [Fact]
    public async Task The_Nu_Html_Checker_finds_no_error_in_any_page() =>
        Findings.AssertNone(await NuHtmlChecker.CheckAsync(fixture.Site.Folder), "Nu Html Checker");


    [Fact]
    public async Task Every_page_is_served_with_the_content_security_policy()
    {
        using var http = new HttpClient();
        foreach (var page in fixture.Site.Pages)
        {
            using var response = await http.GetAsync(fixture.Site.Url(page));
            Assert.True(response.Headers.TryGetValues(SiteHeaders.PolicyHeader, out var policies), $"{page} has no {SiteHeaders.PolicyHeader} header");
            Assert.All(policies, policy => Assert.True(ForbidsInlineScript(policy), $"{page}: the policy \"{policy}\" lets inline script run"));
        }
    }

    /// <summary>Whether a policy blocks inline script: its script-src (or, without one, its default-src) exists and leaves out 'unsafe-inline'.</summary>
    private static bool ForbidsInlineScript(string policy)
    {
        var directives = SiteHeaders.Directives(policy);
        var sources = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        return sources is not null && !sources.Contains("'unsafe-inline'");
    }
}
