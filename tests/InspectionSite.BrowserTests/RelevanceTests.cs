using System.Globalization;
using System.Text;
using InspectionSite.BrowserTests.Browser;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InspectionSite.BrowserTests;

/// <summary>
/// What a reader types and the page they want: searched on the search page as a reader would, each query must bring
/// its page first (or within the first three), above the pages that only repeat its words. Prints the table of query,
/// expected and got (docs/search.md shows it).
/// </summary>
/// <param name="Query">What the reader types.</param>
/// <param name="Expected">The page that must come within <paramref name="Within"/>; null for a word that no page has (a misspelling).</param>
/// <param name="Within">1 for first, 3 for the first three.</param>
/// <param name="Below">Pages that, if found, must come after <paramref name="Expected"/> (a report's own items, say).</param>
public sealed record RelevanceCase(string Query, string? Expected, int Within = 1, params string[] Below);

internal static class Relevance
{
    /// <summary>Runs every case, prints the table, then fails naming the cases that missed.</summary>
    public static async Task CheckAsync(BrowserSite site, ITestOutputHelper output, IReadOnlyList<RelevanceCase> cases)
    {
        var table = new StringBuilder("| query | expected | got |\n|---|---|---|\n");
        var missed = new List<string>();
        foreach (var test in cases)
        {
            await using var tab = await ReaderTab.OpenAsync(site, "/search/?q=" + Uri.EscapeDataString(test.Query));
            var results = await SearchTests.ResultsAsync(tab);
            if (test.Below.Length > 0) results = await AllResultsAsync(tab);
            var (passed, got) = test.Expected is null ? await NothingFoundAsync(tab, results) : Ranked(test, results);
            var expected = test.Expected is null ? "no results, and the lists to browse"
                : $"{test.Expected} {(test.Within switch { 1 => "first", int.MaxValue => "found", var n => $"in the first {n}" })}";
            if (test.Below.Length > 0) expected += $", above {string.Join(", ", test.Below)}";
            table.Append(CultureInfo.InvariantCulture, $"| {test.Query.Replace("|", "\\|")} | {expected} | {(passed ? "" : "**missed**: ")}{got} |\n");
            if (!passed) missed.Add(test.Query);
            Assert.Empty(tab.Problems);
        }
        output.WriteLine(table.ToString());
        Assert.True(missed.Count == 0, $"{missed.Count} of {cases.Count} queries missed their page: {string.Join("; ", missed)}\n{table}");
    }

    private static (bool, string) Ranked(RelevanceCase test, IReadOnlyList<string> results)
    {
        var position = Position(results, test.Expected!);
        var passed = position > 0 && position <= test.Within && test.Below.All(below => Position(results, below) is var after && (after == 0 || after > position));
        var got = position switch
        {
            0 => $"not in the first {results.Count}",
            1 => "first",
            <= 4 => $"{Ordinal(position)}, after {string.Join(", ", results.Take(position - 1))}",
            _ => $"{Ordinal(position)}",
        };
        if (passed && test.Below.Length > 0) got += ", above them";
        return (passed, got);
    }

    /// <summary>What the search page says when a word is on no page: Pagefind then finds pages with words that are a beginning of it.</summary>
    private const string NoSuchWord = "No page has a word like";

    /// <summary>A misspelt word: the page finds nothing, or says that what it found only shares the word's first letters; either way it offers the lists.</summary>
    private static async Task<(bool, string)> NothingFoundAsync(ReaderTab tab, IReadOnlyList<string> results)
    {
        var browse = tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Browse instead" });
        // The page checks the words of the results after it has shown them, then says so and offers the lists.
        try
        {
            await Assertions.Expect(browse).ToBeVisibleAsync();
        }
        catch (PlaywrightException)
        {
            // not offered: the row says so
        }
        var status = await tab.Page.GetByRole(AriaRole.Status).TextContentAsync() ?? "";
        if (results.Count > 0 && !status.Contains(NoSuchWord)) return (false, $"{results.Count} results, first {results[0]}");
        var offered = await browse.IsVisibleAsync() && (await tab.Page.Locator("[data-search-fallback]").TextContentAsync() ?? "").Contains("does not correct spelling");
        var found = results.Count == 0 ? "no results" : $"{results.Count} {(results.Count == 1 ? "result" : "results")} sharing its first letters; says “{NoSuchWord} …”";
        return (offered, offered ? $"{found}; offers the lists and topics" : $"{found}, and no way on");
    }

    /// <summary>Every result, shown ten at a time as a reader pages through them with "Show more results".</summary>
    private static async Task<IReadOnlyList<string>> AllResultsAsync(ReaderTab tab)
    {
        var links = tab.Page.Locator("[data-search-results] li h2 a");
        var more = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Show more results" });
        while (await more.IsVisibleAsync())
        {
            var shown = await links.CountAsync();
            await more.ClickAsync();
            await Assertions.Expect(links).Not.ToHaveCountAsync(shown);
        }
        return await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    private static int Position(IReadOnlyList<string> results, string page) => results.ToList().IndexOf(page) + 1;

    private static string Ordinal(int n) => (n % 10, n % 100 / 10) switch { (1, not 1) => $"{n}st", (2, not 1) => $"{n}nd", (3, not 1) => $"{n}rd", _ => $"{n}th" };
}

[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class RelevanceTests(BrowserSite fixture, ITestOutputHelper output)
{
    /// <summary>The real input: the papers' own titles, references, dates, places and words.</summary>
    [Fact]
    public Task Each_query_over_the_real_input_brings_its_page_first() => Relevance.CheckAsync(fixture, output,
    [
        new("Finding time for crime", "/reports/finding-time-for-crime/"),
        new("Exploring rape survivors' experiences", "/reports/rape-survivors-phase-2/"),
        new("acquisitive crime", "/reports/finding-time-for-crime/", 3, "/recommendations/finding-time-for-crime-1/", "/recommendations/finding-time-for-crime-2/"),
        new("Rape and sexual offences", "/reports/rape-survivors-phase-2/", 3, "/recommendations/rape-survivors-phase-2-1/", "/recommendations/rape-survivors-phase-2-2/", "/recommendations/rape-survivors-phase-2-3/"),
        new("Rape and sexual offences", "/topics/rape-and-sexual-offences/"),
        new("Older people", "/topics/older-people/"),
        new("Digital forensics", "/inspections/digital-forensics-thematic/", 3),
        new("9159", "/recommendations/9159/"),
        new("10618", "/recommendations/10618/"),
        new("29 September 2022", "/meetings/2022-09-29/"),
        new("September 2022", "/meetings/2022-09-29/"),
        new("30 June 2022", "/meetings/2022-06-30/"),
        new("March 2022", "/meetings/2022-03-31/"),
        new("Joint Targeted Area Inspection (JTAI) relating to the murder of Arthur Labinjo-Hughes", "/inspections/arthur-labinjo-hughes-jtai/", 1, "/reports/solihull-jtai/"),
        new("Police use of Section 60 stop and search powers", "/inspections/section-60-super-complaint/"),
        new("criminal justice outcomes", "/inspections/criminal-justice-outcomes-thematic/", 3),
        new("Solihull", "/reports/solihull-jtai/"),
        new("Merseyside", "/inspections/serious-youth-violence-thematic/"),
        new("Birmingham", null),
        new("Chief Constables should ensure that Victim Needs Assessments are always completed", "/recommendations/10618/"),
        new("CONNECT system", "/recommendations/10618/", 3),
        new("stalking", "/recommendations/9472/", 3),
        new("burgalry", null),
        new("safegarding", null),
        new("zzqx", null),
    ]);
}

[Trait("Speed", "Slow")]
public sealed class SyntheticRelevanceTests(SyntheticBrowserSite fixture, ITestOutputHelper output) : IClassFixture<SyntheticBrowserSite>
{
    /// <summary>
    /// 200 synthetic recommendations, whose titles and notes are drawn from one small vocabulary, so that every page
    /// shares words with many others: the queries are taken from the content, and the table shows what they were.
    /// </summary>
    [Fact]
    public Task Each_query_over_a_synthetic_input_brings_its_page_first()
    {
        var content = fixture.Build.Content;
        string[] ItemsOf(Report report, string topic) =>
            content.Recommendations.Where(i => i.ReportId == report.Id && i.Topics.Contains(topic)).Select(i => Routes.Recommendation(i.Id)).ToArray();
        var tagged = content.Reports.First(r => r.Topics.Count > 0 && ItemsOf(r, r.Topics[0]).Length > 0);
        var inspection = content.Inspections.First(i => content.Reports.Any(r => r.InspectionId == i.Id));
        var naming = content.Reports.Where(r => r.InspectionId == inspection.Id).Select(r => Routes.Report(r.Id)).ToArray();
        var referenced = content.Recommendations.Where(i => i.Reference is not null).Take(2).ToList();
        var meeting = content.Meetings[1];
        var noted = content.Progress.First(p => p.Note is not null);
        var reports = content.Reports.Take(3).ToList();
        var cases = new List<RelevanceCase>
        {
            new(reports[0].Title, Routes.Report(reports[0].Id)),
            new(reports[1].Title, Routes.Report(reports[1].Id)),
            new(reports[2].Title[(reports[2].Title.IndexOf(':') + 2)..], Routes.Report(reports[2].Id)),
            new(tagged.Topics[0], Routes.Topic(Ids.Slug(tagged.Topics[0])!)),
            new(tagged.Topics[0], Routes.Report(tagged.Id), int.MaxValue, ItemsOf(tagged, tagged.Topics[0])),
            new(inspection.Title, Routes.Inspection(inspection.Id), 1, naming),
            new(referenced[0].Reference!, Routes.Recommendation(referenced[0].Id)),
            new(referenced[1].Reference!, Routes.Recommendation(referenced[1].Id)),
            new(UkDate.Display(meeting.Date), Routes.Meeting(meeting.Id)),
            new(meeting.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture), Routes.Meeting(meeting.Id), 3),
            new($"\"{string.Join(' ', noted.Note!.Split(' ').Take(6))}\"", Routes.Recommendation(noted.RecommendationId)),
            new(tagged.Topics[0].Split(' ')[0][..^1] + "z", null),
        };
        return Relevance.CheckAsync(fixture, output, cases);
    }
}
