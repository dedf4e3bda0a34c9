using InspectionSite.BrowserTests.Browser;
using InspectionSite.BrowserTests.Checks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InspectionSite.BrowserTests;

/// <summary>What real readers do with the site, step by step in chromium.</summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserSite fixture)
{
    private const string September = "Joint Audit Committee, 29 September 2022";

    [Fact]
    public async Task A_committee_member_opens_the_september_2022_meeting_follows_both_new_reports_and_comes_back()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        var heading = tab.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await tab.GotoAsync(fixture.Site.Url("/"));
        await tab.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Meetings" }).ClickAsync();
        await tab.GetByRole(AriaRole.Link, new() { Name = September, Exact = true }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(September);
        var meeting = tab.Url;

        var newReports = tab.Locator("h3:text-is('Reports published since the previous meeting') + ul").GetByRole(AriaRole.Link);
        await Expect(newReports).ToHaveTextAsync(
        [
            "Police perpetrated domestic abuse: Report on the Centre for Women's Justice super-complaint",
            "The police response to burglary, robbery and other acquisitive crime – Finding time for crime",
        ]);

        foreach (var title in await newReports.AllInnerTextsAsync())
        {
            await newReports.GetByText(title, new() { Exact = true }).ClickAsync();
            await Expect(heading).ToHaveTextAsync(title);
            await Expect(tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = September, Exact = true })).ToBeVisibleAsync();

            await tab.GoBackAsync();
            Assert.Equal(meeting, tab.Url);
            await Expect(heading).ToHaveTextAsync(September);
        }
    }

    [Fact]
    public async Task A_reader_without_javascript_reads_every_table_and_every_charts_numbers()
    {
        const string unreadable = """
            table => [...table.querySelectorAll('th, td')]
              .filter(cell => cell.textContent.trim() && !(cell.getClientRects().length > 0 && cell.innerText.trim()))
              .map(cell => cell.textContent.trim().replace(/\s+/g, ' '))
            """;
        await using var context = await fixture.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var tab = await context.NewPageAsync();
        var findings = new List<Finding>();
        var tables = 0;
        var charts = 0;

        foreach (var page in fixture.Site.Pages)
        {
            await tab.GotoAsync(fixture.Site.Url(page));
            foreach (var chart in await tab.Locator("main figure.chart").AllAsync())
            {
                charts++;
                var title = (await chart.Locator(".chart-title").InnerTextAsync()).Trim();
                if (!await chart.Locator("table").IsVisibleAsync()) findings.Add(new Finding(page, $"the chart \"{title}\" shows no table of its numbers"));
                if (!await chart.Locator(".chart-summary").IsVisibleAsync()) findings.Add(new Finding(page, $"the chart \"{title}\" has no summary sentence"));
            }
            foreach (var table in await tab.Locator("main table").AllAsync())
            {
                tables++;
                var caption = table.Locator("caption");
                var name = await caption.CountAsync() == 1 ? (await caption.InnerTextAsync()).Trim() : "";
                if (name.Length == 0 || !await caption.IsVisibleAsync()) findings.Add(new Finding(page, "a table has no visible caption"));
                if (!await table.IsVisibleAsync()) findings.Add(new Finding(page, $"the table \"{name}\" is hidden"));
                if (await table.Locator("thead th[scope=col]").CountAsync() == 0) findings.Add(new Finding(page, $"the table \"{name}\" has no column headers"));
                foreach (var cell in await table.EvaluateAsync<string[]>(unreadable))
                    findings.Add(new Finding(page, $"in the table \"{name}\", the cell \"{cell}\" cannot be seen"));
            }
        }

        Assert.True(tables > 0, "No page has a table to read.");
        Assert.True(charts > 0, "No page has a chart to read.");
        Findings.AssertNone(findings, "Tables without JavaScript");
    }
}
