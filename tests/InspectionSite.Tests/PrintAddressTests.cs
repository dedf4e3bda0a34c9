using AngleSharp.Html.Parser;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The addresses a printed page shows after its links: absolute when the site's public address is known.</summary>
public sealed class PrintAddressTests
{
    [Fact]
    public void With_a_public_address_every_link_of_a_meeting_prints_its_absolute_address()
    {
        using var folder = new TempFolder();
        SiteBuilder.Build(Repository.Input, folder["output"], basePath: "/hmicfrs", baseUrl: "https://www.example.org");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(BuiltSite.FileOf(folder["output"], "/meetings/2022-09-29/")));

        var internalLinks = page.QuerySelectorAll("main a[href^='/']").Where(a => a.Closest(".breadcrumbs") is null).ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, a => Assert.Equal("https://www.example.org" + a.GetAttribute("href"), a.GetAttribute("data-print-url")));
        Assert.Contains("This page: https://www.example.org/hmicfrs/meetings/2022-09-29/", page.QuerySelector("main .print-only")!.TextContent);
    }
}
