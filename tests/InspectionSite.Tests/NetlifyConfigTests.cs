using InspectionSite.Netlify;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>netlify.toml: it is read as Netlify reads it, builds and publishes the right folder, and serves strict headers.</summary>
public sealed class NetlifyConfigTests
{
    private static NetlifyConfig Netlify => SiteHeaders.Netlify;

    [Fact]
    public void It_builds_with_the_netlify_script_and_publishes_the_output_folder()
    {
        Assert.Equal("output", Netlify.Publish);
        var script = Assert.Single(Netlify.BuildCommand!.Split(' '), word => word.StartsWith(".ci/", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(Repository.Root, script));
        Assert.Contains("dotnet-install.sh", text);
        Assert.Contains("--channel 10.0", text);
        Assert.Contains("build --base-url \"${URL", text);
        Assert.Equal("20", Netlify.Environment["NODE_VERSION"]);
    }

    [Fact]
    public void Every_response_forbids_inline_script_framing_and_plugins()
    {
        var csp = SiteHeaders.Directives(SiteHeaders.ContentSecurityPolicy);
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Contains("'self'", csp["script-src"]);
        Assert.DoesNotContain(csp["script-src"], s => s is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:" or "http:" or "https:");
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Equal(["'self'"], csp["base-uri"]);

        foreach (var path in new[] { "/", "/reports/solihull-jtai/", "/data/reports.csv", "/assets/styles/site.0123456789.css", "/no-such-page" })
        {
            var headers = Netlify.HeadersFor(path);
            Assert.Equal(SiteHeaders.ContentSecurityPolicy, headers["Content-Security-Policy"]);
            Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
            Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
            Assert.Contains("camera=()", headers["Permissions-Policy"]);
        }
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_and_nothing_else_is()
    {
        var assets = Netlify.HeadersFor("/assets/styles/site.0123456789.css")["Cache-Control"];
        Assert.Contains("max-age=31536000", assets);
        Assert.Contains("immutable", assets);
        foreach (var path in new[] { "/", "/reports/", "/feed.xml", "/data/reports.csv" })
            Assert.False(Netlify.HeadersFor(path).ContainsKey("Cache-Control"), $"{path} would be cached; Netlify's default revalidates every time");
    }

    [Fact]
    public void No_header_is_set_by_two_rules_that_match_the_same_path()
    {
        foreach (var first in Netlify.Headers)
            foreach (var second in Netlify.Headers.Where(r => r != first))
            {
                var overlap = first.Matches(Example(second.For)) || second.Matches(Example(first.For));
                if (overlap) Assert.Empty(first.Values.Keys.Intersect(second.Values.Keys, StringComparer.OrdinalIgnoreCase));
            }

        static string Example(string pattern) => pattern.Replace("*", "x/y.css");
    }

    [Fact]
    public void An_address_with_no_page_gets_the_404_page()
    {
        var rule = Assert.Single(Netlify.Redirects);
        Assert.Equal(("/*", "/404.html", 404), (rule.From, rule.To, rule.Status));
    }

    [Fact]
    public void Each_headers_block_is_read_with_its_pattern_and_values_and_each_redirect_with_its_status()
    {
        var netlify = NetlifyConfig.Parse("""
            [build]
              command = "dotnet run -- build" # comments are ignored
              publish = "output"
            [build.environment]
              DOTNET_NOLOGO = "1"

            [[redirects]]
              from = "/old/*"
              to = "/new/:splat"

            [[headers]]
              for = "/*"
              [headers.values]
                X-Frame-Options = "DENY"
                "Referrer-Policy" = 'strict-origin-when-cross-origin'
                Content-Security-Policy = "default-src 'self'; img-src 'self' data:"

            [[headers]]
              for = "/assets/*"
              [headers.values]
                Cache-Control = "public, max-age=31536000, immutable"
            """);

        Assert.Equal(("dotnet run -- build", "output", "1"), (netlify.BuildCommand, netlify.Publish, netlify.Environment["DOTNET_NOLOGO"]));
        Assert.Equal([new RedirectRule("/old/*", "/new/:splat", 301)], netlify.Redirects);
        Assert.Equal(["/*", "/assets/*"], netlify.Headers.Select(r => r.For));
        Assert.Equal(new Dictionary<string, string>
        {
            ["X-Frame-Options"] = "DENY",
            ["Referrer-Policy"] = "strict-origin-when-cross-origin",
            ["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:",
        }, netlify.Headers[0].Values);
        Assert.Equal("default-src 'self'; img-src 'self' data:", netlify.ContentSecurityPolicy);

        var asset = netlify.HeadersFor("/assets/styles/site.0123456789.css");
        Assert.Equal("DENY", asset["x-frame-options"]);
        Assert.Equal("public, max-age=31536000, immutable", asset["Cache-Control"]);
        Assert.False(netlify.HeadersFor("/reports/").ContainsKey("Cache-Control"));
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
        Assert.Equal(matches, NetlifyPattern.Matches(pattern, path));

    [Fact]
    public void Comments_literal_strings_escapes_and_numbers_are_read_as_TOML_reads_them()
    {
        var netlify = NetlifyConfig.Parse("""
            # a comment
            [build]
              command = 'echo "hi" # a # is not a comment in a string' # but this is
            [build.environment]
              NODE_VERSION = "20"
            [[headers]]
              for = "/*"
              [headers.values]
                X-Test = "a\"b\\c\u00e9"
            [[headers]]
              for = "/assets/*"
              [headers.values]
                Cache-Control = "max-age=1"
            [[redirects]]
              from = "/*"
              to = "/404.html"
              status = 404
              force = false
            """, "sample.toml");
        Assert.Equal("echo \"hi\" # a # is not a comment in a string", netlify.BuildCommand);
        Assert.Equal("20", netlify.Environment["NODE_VERSION"]);
        Assert.Equal(2, netlify.Headers.Count);
        Assert.Equal("a\"b\\cé", netlify.Headers[0].Values["X-Test"]);
        Assert.Equal("max-age=1", netlify.Headers[1].Values["Cache-Control"]);
        Assert.Equal([new RedirectRule("/*", "/404.html", 404)], netlify.Redirects);
    }

    [Fact]
    public void Inline_tables_dotted_keys_arrays_and_multi_line_strings_are_valid_TOML_and_understood()
    {
        var netlify = NetlifyConfig.Parse(""""
            build.publish = "output"
            build.environment = { NODE_VERSION = "20" }
            build.command = """
            bash .ci/netlify-build"""
            headers = [
              { for = "/*", values = { X-Frame-Options = "DENY" } },
              { for = "/assets/*", values.Cache-Control = 'max-age=1' },
            ]
            redirects = [{ from = "/*", to = "/404.html", status = 404 }]
            ignored = [1, 2]
            """", "sample.toml");
        Assert.Equal(("bash .ci/netlify-build", "output", "20"), (netlify.BuildCommand, netlify.Publish, netlify.Environment["NODE_VERSION"]));
        Assert.Equal(["/*", "/assets/*"], netlify.Headers.Select(r => r.For));
        Assert.Equal("DENY", netlify.HeadersFor("/assets/x.css")["X-Frame-Options"]);
        Assert.Equal("max-age=1", netlify.HeadersFor("/assets/x.css")["Cache-Control"]);
        Assert.Equal([new RedirectRule("/*", "/404.html", 404)], netlify.Redirects);
    }

    [Theory]
    [InlineData("a = \"1\"\na = \"2\"", 2, 1, "already defined")]
    [InlineData("[build]\nx = 1\n[build]", 3, 1, "already defined")]
    [InlineData("a = \"unclosed", 1, 13, "string literal")]
    [InlineData("a = 1 b = 2", 1, 7, "Unexpected token")]
    [InlineData("a = 1\n[[a]]", 2, 1, "already defined")]
    [InlineData("[[headers]]\n  for = \"/*\"\n  values = { X-Frame-Options = \"DENY\"", 3, 38, "inline table")]
    public void What_is_not_valid_TOML_is_refused_with_its_place_and_what_to_do(string text, int line, int column, string message)
    {
        var error = Assert.Throws<NetlifyConfigException>(() => NetlifyConfig.Parse(text, "bad.toml"));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"bad.toml:{line}:{column}: ", error.Message);
        Assert.Contains("Correct the file", error.Message);
    }
}
