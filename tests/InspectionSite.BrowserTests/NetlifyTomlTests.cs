using InspectionSite.BrowserTests.Hosting;
using InspectionSite.Tests.Support;

namespace InspectionSite.BrowserTests;

/// <summary>The test server must send what Netlify sends: the reading of netlify.toml's [[headers]] blocks.</summary>
public sealed class NetlifyTomlTests
{
    private const string Sample = """
        [build]
          command = "dotnet run -- build" # comments are ignored
          publish = "output"
        [build.environment]
          DOTNET_NOLOGO = "1"

        [[redirects]]
          from = "/old/*"
          to = "/new/:splat"
          status = 301

        [[headers]]
          for = "/*"
          [headers.values]
            X-Frame-Options = "DENY"
            "Referrer-Policy" = 'strict-origin-when-cross-origin'
            Content-Security-Policy = '''
              default-src 'self';
              img-src 'self' data:'''
            cache-control = '''
            max-age=0,
            no-cache'''

        [[headers]]
          for = "/assets/*"
          [headers.values]
            Cache-Control = "public, max-age=31536000, immutable"
            Permissions-Policy = ["camera=()", "microphone=()"]
            X-Note = "a \"quoted\" \u00e9 value"
        """;

    [Fact]
    public void Reads_each_headers_block_with_its_pattern_and_values_as_Netlify_sends_them()
    {
        var rules = NetlifyToml.ParseHeaders(Sample);

        Assert.Equal(["/*", "/assets/*"], rules.Select(r => r.For));
        Assert.Equal(
        [
            new("X-Frame-Options", "DENY"),
            new("Referrer-Policy", "strict-origin-when-cross-origin"),
            new("Content-Security-Policy", "default-src 'self'; img-src 'self' data:"),
            new("cache-control", "max-age=0, no-cache"),
        ], rules[0].Values);
        Assert.Equal(
        [
            new("Cache-Control", "public, max-age=31536000, immutable"),
            new("Permissions-Policy", "camera=(), microphone=()"),
            new("X-Note", "a \"quoted\" é value"),
        ], rules[1].Values);
    }

    [Theory]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "/reports/solihull-jtai/", true)]
    [InlineData("/assets/*", "/assets/styles/site.0123456789.css", true)]
    [InlineData("/assets/*", "/reports/", false)]
    [InlineData("/reports/:id/", "/reports/solihull-jtai/", true)]
    [InlineData("/reports/:id/", "/reports/solihull-jtai/more/", false)]
    [InlineData("/404.html", "/404.html", true)]
    [InlineData("/about", "/about/", true)]
    public void A_for_pattern_matches_paths_as_Netlify_matches_them(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new HeaderRule(pattern, []).Matches(path));

    [Fact]
    public void The_strict_fallback_policy_applies_only_while_netlify_toml_sets_none()
    {
        using var folder = new TempFolder();
        var toml = folder["netlify.toml"];

        File.WriteAllText(toml, "[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-Frame-Options = \"DENY\"\n");
        Assert.Contains(new KeyValuePair<string, string>(SiteHeaders.PolicyHeader, SiteHeaders.FallbackPolicy), SiteHeaders.FromNetlifyToml(toml).For("/"));

        File.WriteAllText(toml, "[[headers]]\n  for = \"/*\"\n  [headers.values]\n    Content-Security-Policy = \"default-src 'none'\"\n");
        Assert.Equal([new(SiteHeaders.PolicyHeader, "default-src 'none'")], SiteHeaders.FromNetlifyToml(toml).For("/reports/"));
    }

    [Fact]
    public void Syntax_it_does_not_read_stops_the_tests_with_the_line()
    {
        var error = Assert.Throws<FormatException>(() => NetlifyToml.ParseHeaders("[[headers]]\n  for = \"/*\"\n  values = { X-Frame-Options = \"DENY\" }\n"));
        Assert.StartsWith("netlify.toml:3:", error.Message);
    }

}
