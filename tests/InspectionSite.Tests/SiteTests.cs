using AngleSharp.Html.Parser;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The real input/ built end to end, checked the way the public and committee members use it.</summary>
public sealed class SiteTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Theory]
    [InlineData("9159", "Hate crime")]
    [InlineData("10618", "Victim Needs Assessments")]
    [InlineData("9962", "safeguarding referrals")]
    [InlineData("8539", "Stop and Search")]
    [InlineData("9472", "breaches of orders")]
    public void Each_national_cause_of_concern_has_its_page(string reference, string words)
    {
        var page = site.Open($"/recommendations/{reference}/");
        Assert.Contains(reference, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(words, page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cause of concern", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Every_internal_link_and_anchor_in_the_output_resolves() =>
        AssertNoBrokenLinks(site.Output, basePath: "");

    [Fact]
    public void A_committee_member_follows_the_september_meeting_to_both_new_reports_and_back()
    {
        var meeting = site.Open("/meetings/2022-09-29/");
        var since = meeting.QuerySelector("#changes")!.ParentElement!;
        var reportLinks = since.QuerySelectorAll("a[href^='/reports/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(["/reports/ppda-super-complaint/", "/reports/finding-time-for-crime/"], reportLinks);

        foreach (var link in reportLinks)
        {
            var report = site.Open(link);
            Assert.Contains(report.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/meetings/2022-09-29/");
            Assert.NotEmpty(report.QuerySelectorAll("#items ~ * a[href^='/recommendations/'], section a[href^='/recommendations/']"));
        }
    }

    [Fact]
    public void The_june_meeting_links_every_cause_of_concern_it_reports_and_says_what_changed_in_september()
    {
        var june = site.Open("/meetings/2022-06-30/");
        var linked = june.QuerySelectorAll("a[href^='/recommendations/']").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var reference in new[] { "9159", "10618", "9962", "8539", "9472" })
            Assert.Contains($"/recommendations/{reference}/", linked);

        var september = site.Open("/meetings/2022-09-29/");
        var row = september.QuerySelectorAll("#changes ~ * tr, tr").First(r => r.TextContent.Contains("9159"));
        Assert.Contains("Open", row.TextContent);
        Assert.Contains("Signed off by HMICFRS", row.TextContent);
        Assert.Contains("Changed", row.TextContent);
    }

    [Fact]
    public void Recommendation_mentions_in_markdown_become_links()
    {
        var june = site.Open("/meetings/2022-06-30/");
        var mention = june.QuerySelectorAll(".prose a.mention").First(a => a.TextContent.Contains("9159"));
        Assert.Equal("/recommendations/9159/", mention.GetAttribute("href"));
    }

    [Fact]
    public void A_recommendation_page_shows_its_status_history_with_the_meetings_that_reported_it()
    {
        var page = site.Open("/recommendations/10618/");
        var rows = page.QuerySelectorAll("#history ~ .moj-timeline .moj-timeline__item");
        Assert.Equal(2, rows.Length);
        Assert.Contains("30 June 2022", rows[0].TextContent);
        Assert.Contains("29 September 2022", rows[1].TextContent);
    }

    [Fact]
    public void Signed_off_items_are_not_overdue() =>
        Assert.DoesNotContain("Overdue", site.Open("/recommendations/9159/").QuerySelector(".item-status")!.TextContent);

    [Fact]
    public void The_home_page_gives_the_september_counts()
    {
        var counts = site.Open("/").QuerySelector(".headline-counts")!.TextContent;
        Assert.Contains("45 recommendations open", counts);
        Assert.Contains("14 areas for improvement open", counts);
        Assert.Contains("2 causes of concern open (counted by heading)", counts);
        Assert.Contains("over 60 recommendations signed off since the previous meeting", counts);
        Assert.Contains("3 causes of concern signed off since the previous meeting", counts);
        Assert.DoesNotContain("items", counts);
    }

    [Fact]
    public void Unknown_facts_are_shown_as_not_known()
    {
        var page = site.Open("/recommendations/8539/");
        var facts = page.QuerySelector(".govuk-summary-list")!;
        Assert.Contains("Not known", facts.TextContent);
    }

    /// <summary>The build's closing line ("Wrote 62 pages (81 files)") counts what is in the output folder.</summary>
    [Fact]
    public void The_build_counts_the_pages_and_files_it_wrote()
    {
        Assert.Equal(BuiltSite.FilesBesideSearchIndex(site.Output).Count, site.Result.FileCount);
        Assert.Equal(site.PagePaths().Count, site.Result.PageCount);
    }

    [Fact]
    public void The_search_bundle_holds_what_the_search_page_loads_and_not_pagefinds_own_interfaces()
    {
        var bundle = Path.Combine(site.Output, Search.SearchIndexer.BundleFolder);
        foreach (var needed in new[] { "pagefind.js", "pagefind-worker.js", "pagefind-entry.json" })
            Assert.True(File.Exists(Path.Combine(bundle, needed)), $"{needed} is missing");
        Assert.NotEmpty(Directory.GetFiles(bundle, "wasm.*.pagefind"));
        Assert.Empty(Search.SearchIndexer.UnusedFiles.SelectMany(pattern => Directory.GetFiles(bundle, pattern)));
        Assert.DoesNotContain(Directory.GetFiles(bundle).Select(Path.GetFileName), name => name!.Contains("-ui", StringComparison.Ordinal));
    }

    [Fact]
    public void Free_pages_and_the_404_page_exist()
    {
        foreach (var path in new[] { "/about/", "/glossary/", "/accessibility/", "/404.html" })
            Assert.True(site.Exists(path), path);
    }

    [Fact]
    public void Pages_carry_no_inline_script()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            // A chart's figure travels as JSON in a data block, which browsers never run.
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", $"{file} has an inline script"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var again = new TempFolder();
        SiteBuilder.Build(Repository.Input, again["output"]);
        Assert.Equal(TempFolder.FileHashes(site.Output), TempFolder.FileHashes(again["output"]));
    }

    [Fact]
    public void Under_a_base_path_every_link_carries_it_and_still_resolves()
    {
        using var folder = new TempFolder();
        SiteBuilder.Build(Repository.Input, folder["output"], basePath: "/hmicfrs/");
        AssertNoBrokenLinks(folder["output"], basePath: "/hmicfrs");
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder["output"], "index.html")));
        Assert.All(home.QuerySelectorAll("a[href^='/'], link[href^='/']"), a => Assert.StartsWith("/hmicfrs/", a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/recommendations/9159/", "recommendation-9159")]
    [InlineData("/meetings/2022-09-29/", "meeting-2022-09-29")]
    [InlineData("/reports/rape-survivors-phase-2/", "report-rape-survivors-phase-2")]
    public void Representative_pages_match_their_approved_snapshots(string path, string name) =>
        Snapshot.Verify(name, site.Html(path));

    private static void AssertNoBrokenLinks(string output, string basePath)
    {
        var broken = BrokenLinks(output, basePath);
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(20)));
    }

    /// <summary>An independent crawl of the output folder: every root-relative href and src, and every #anchor.</summary>
    private static List<string> BrokenLinks(string output, string basePath)
    {
        var parser = new HtmlParser();
        var documents = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => parser.ParseDocument(File.ReadAllText(f)));
        var broken = new List<string>();
        foreach (var (file, document) in documents)
        {
            var targets = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var target in targets.Where(t => t.StartsWith('/') || t.StartsWith('#')))
            {
                var (path, anchor) = target.Split('#') is [var p, var a] ? (p, a) : (target, "");
                var targetFile = path.Length == 0 ? file : BuiltSite.FileOf(output, path[basePath.Length..]);
                if ((path.Length > 0 && !path.StartsWith(basePath, StringComparison.Ordinal)) || !File.Exists(targetFile))
                    broken.Add($"{file}: {target} (no file)");
                else if (anchor.Length > 0 && (!documents.TryGetValue(targetFile, out var doc) || doc.GetElementById(anchor) is null))
                    broken.Add($"{file}: {target} (no anchor)");
            }
        }
        return broken;
    }
}
