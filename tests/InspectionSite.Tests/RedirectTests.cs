using InspectionSite.Content.Diagnostics;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// input/redirects.csv lists renamed pages; the build turns it into Netlify's _redirects file, after
/// checking each row and reporting any mistake at file:line:column.
/// </summary>
public sealed class RedirectTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    private string Redirects => _folder["input/redirects.csv"];

    public void Dispose() => _folder.Dispose();

    private string[] RedirectRules() =>
        File.ReadAllLines(_folder["output/_redirects"]).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    [Fact]
    public void Each_renamed_page_gets_a_permanent_redirect_to_its_new_address()
    {
        File.WriteAllText(Redirects, "from,to\r\n/reports/solihull/,/reports/solihull-jtai/\r\n/about-this-site,/about/\r\n/glossary.html,/glossary/#peel\r\n/hmicfrs/,https://hmicfrs.justiceinspectorates.gov.uk/\r\n");
        SiteBuilder.Build(_folder["input"], _folder["output"]);
        Assert.Equal(
        [
            "/reports/solihull/ /reports/solihull-jtai/ 301",
            "/about-this-site /about/ 301",
            "/glossary.html /glossary/#peel 301",
            "/hmicfrs/ https://hmicfrs.justiceinspectorates.gov.uk/ 301",
        ], RedirectRules());
    }

    [Fact]
    public void Under_a_base_path_both_addresses_carry_it()
    {
        File.WriteAllText(Redirects, "from,to\n/reports/solihull/,/reports/solihull-jtai/\n");
        SiteBuilder.Build(_folder["input"], _folder["output"], basePath: "/hmicfrs");
        Assert.Equal(["/hmicfrs/reports/solihull/ /hmicfrs/reports/solihull-jtai/ 301"], RedirectRules());
    }

    [Fact]
    public void Without_a_redirects_file_there_are_no_redirects()
    {
        SiteBuilder.Build(_folder["input"], _folder["output"]);
        Assert.Empty(RedirectRules());
    }

    [Theory]
    [InlineData("reports/old/,/reports/solihull-jtai/", 1, "is not an address on this site")]
    [InlineData("/reports/../../etc/,/reports/solihull-jtai/", 1, "is not an address on this site")]
    [InlineData("/reports/old name/,/reports/solihull-jtai/", 1, "is not an address on this site")]
    [InlineData("/reports/old/,/reports/no-such-report/", 2, "is not a page of the site")]
    [InlineData("/reports/old/,javascript:alert(1)", 2, "neither an address on this site nor a web address")]
    [InlineData("/reports/solihull-jtai/,/about/", 1, "is a page of the site, so it cannot be redirected")]
    [InlineData("/reports/solihull-jtai,/about/", 1, "is a page of the site, so it cannot be redirected")]
    [InlineData("/reports/old/,", 2, "cell is empty")]
    public void A_mistake_in_a_row_is_reported_at_its_cell(string row, int column, string message)
    {
        File.WriteAllText(Redirects, "from,to\n/glossary.html,/glossary/\n" + row + "\n");
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        AssertAt(problem, 3, column);
        Assert.Contains(message, problem.Message);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }

    [Fact]
    public void An_old_address_redirected_twice_points_at_both_rows()
    {
        File.WriteAllText(Redirects, "from,to\n/old/,/about/\n/old,/glossary/\n");
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        AssertAt(problem, 3, 1);
        Assert.Matches(@"redirected twice \(first at \S*input/redirects.csv:2:1\)", problem.Message);
    }

    private static void AssertAt(Diagnostic problem, int line, int column)
    {
        Assert.EndsWith("input/redirects.csv", problem.Location.File);
        Assert.Equal((line, column), (problem.Location.Line, problem.Location.Column));
    }
}
