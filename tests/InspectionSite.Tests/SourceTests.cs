using AngleSharp.Dom;
using CsvHelper;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// Every fact says which paper it comes from, linked to that part of the paper; an inferred status says so in words
/// wherever it is shown; and the corrections log is public.
/// </summary>
public sealed class SourceTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string September = "/meetings/2022-09-29/";
    private const string Ppda = "The Police Perpetrated Domestic Abuse Super-Complaint Findings published on 30th June 2022";

    [Fact]
    public void A_report_page_names_its_paper_and_links_to_that_heading_of_the_meeting_page()
    {
        var link = SourceLinks(site.Open("/reports/ppda-super-complaint/")).Single();

        Assert.Equal($"Joint Audit Committee, 29 September 2022, “{Ppda}”", link.TextContent);
        var (page, anchor) = Split(link.GetAttribute("href")!);
        Assert.Equal(September, page);
        var heading = site.Open(September).GetElementById(anchor);
        Assert.NotNull(heading);
        Assert.Equal(Ppda, heading.TextContent.Trim());
    }

    [Fact]
    public void An_inspection_page_names_its_paper()
    {
        var link = SourceLinks(site.Open("/inspections/digital-forensics-thematic/")).First();
        Assert.Equal("Joint Audit Committee, 31 March 2022, “Inspections notified”", link.TextContent);
        Assert.Equal("/meetings/2022-03-31/#inspections-notified", link.GetAttribute("href"));
    }

    [Fact]
    public void A_status_no_paper_states_is_shown_as_inferred_with_the_papers_words_as_the_reason()
    {
        var page = site.Open("/recommendations/ppda-super-complaint-1/");
        Assert.Equal("Open (inferred)", page.QuerySelector(".item-status .govuk-tag.inferred")!.TextContent.Trim());
        Assert.Contains("it says WMP has accepted the three recommendations of this report", page.Body!.TextContent);
        var overdue = site.Open("/recommendations/9159/").QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == "Overdue").NextElementSibling!;
        Assert.Equal("No: last reported signed off by HMICFRS on 29 September 2022 (inferred: the paper does not state it)", overdue.TextContent.Trim());
    }

    [Fact]
    public void An_item_page_names_the_paper_of_its_wording_and_of_each_status()
    {
        var page = site.Open("/recommendations/9159/");

        var wording = page.QuerySelector(".item-text + .source-line a")!;
        Assert.Equal("Joint Audit Committee, 30 June 2022, “1.) Hate Crime (Recommendation 9159)”", wording.TextContent);
        var history = page.QuerySelector(".moj-timeline[aria-label='Status reported at each meeting']")!;
        Assert.Equal(
            ["Joint Audit Committee, 30 June 2022, “1.) Hate Crime (Recommendation 9159)”",
             "Joint Audit Committee, 29 September 2022, “2. West Midlands Police PEEL inspection & national recommendations”"],
            SourceLinks(history).Select(a => a.TextContent));
    }

    [Fact]
    public void An_inferred_status_says_so_in_words_with_its_reason_on_the_item_page()
    {
        var page = site.Open("/recommendations/9159/");

        Assert.Equal("Signed off by HMICFRS (inferred)", page.QuerySelector(".item-status .govuk-tag")!.TextContent);
        var status = Fact(page, "Status");
        Assert.StartsWith("Signed off by HMICFRS (inferred)", status.TextContent.Trim());
        Assert.Contains("Inferred, not stated in the paper: The paper says that three causes of concern were signed off", status.TextContent);
        // The paper's own words are the note; the office's reasoning follows it, said to be inferred.
        var notes = page.QuerySelectorAll(".app-timeline__note").Select(n => n.TextContent).ToList();
        Assert.StartsWith("\"Since the last JAC there has been significant evidence gathering undertaken by HMICFRS", notes[^1]);
        Assert.DoesNotContain("taken to be", notes[^1]);
    }

    [Fact]
    public void A_stated_status_is_not_labelled_inferred()
    {
        var page = site.Open("/recommendations/10618/");
        Assert.Equal("Open", page.QuerySelector(".item-status .govuk-tag")!.TextContent);
        Assert.DoesNotContain("nferred", Fact(page, "Status").TextContent);
    }

    [Fact]
    public void Lists_and_their_filter_tell_an_inferred_status_from_a_stated_one()
    {
        var page = site.Open("/recommendations/");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/recommendations/8539/");
        Assert.Equal("signed-off-by-hmicfrs-inferred", row.GetAttribute("data-status"));
        Assert.Contains(row.QuerySelectorAll(".govuk-tag"), tag => tag.TextContent == "Signed off by HMICFRS (inferred)");
        var options = page.QuerySelectorAll("#filter-status option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim())).ToList();
        Assert.Contains(("signed-off-by-hmicfrs-inferred", "Signed off by HMICFRS (inferred)"), options);
    }

    [Fact]
    public void The_open_data_gives_each_status_its_certainty_and_each_row_its_source()
    {
        var items = ReadCsv("recommendations.csv");
        Assert.Equal("inferred", items["9159"]["status_certainty"]);
        Assert.Equal("stated", items["10618"]["status_certainty"]);
        Assert.Equal("2022-06-30", items["9159"]["source"]);
        Assert.Equal("1.) Hate Crime (Recommendation 9159)", items["9159"]["source_section"]);

        var progress = ReadCsv("progress.csv", "recommendation", "meeting");
        Assert.Equal("inferred", progress["9159 2022-09-29"]["certainty"]);
        Assert.StartsWith("The paper says that three causes of concern", progress["9159 2022-09-29"]["reason"]);
        Assert.Equal("stated", progress["9159 2022-06-30"]["certainty"]);
        Assert.Equal("", progress["9159 2022-06-30"]["reason"]);
    }

    [Fact]
    public void The_how_we_know_page_shows_the_corrections_log_and_every_page_links_to_it()
    {
        var page = site.Open("/how-we-know/");

        var rows = page.QuerySelectorAll("#corrections ~ div table tbody tr").ToList();
        var row = rows.First(r => r.QuerySelector("a")!.GetAttribute("href") == "/recommendations/9159/");
        Assert.Equal("6 December 2026", row.QuerySelector("time")!.TextContent);
        Assert.Contains("No longer shown as signed off by HMICFRS as a fact", row.TextContent);
        foreach (var path in new[] { "/", "/recommendations/9159/", September })
            Assert.Contains(site.Open(path).QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/how-we-know/");
    }

    private static IEnumerable<IElement> SourceLinks(IParentNode node) => node.QuerySelectorAll(".source a");

    /// <summary>The description of a term of the page's facts list.</summary>
    private static IElement Fact(IDocument page, string term) =>
        page.QuerySelectorAll(".govuk-summary-list dt").Single(dt => dt.TextContent == term).NextElementSibling!;

    private static (string Page, string Anchor) Split(string href) => (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);

    /// <summary>A published CSV file's rows by their key columns, each as its cells by column name.</summary>
    private Dictionary<string, Dictionary<string, string>> ReadCsv(string name, params string[] key)
    {
        using var csv = CsvReader.Create(new StringReader(SourceText.Decode(File.ReadAllBytes(Path.Combine(site.Output, "data", name)))));
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new Dictionary<string, Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = header.Select((column, i) => (column, csv.GetString(i))).ToDictionary(c => c.column, c => c.Item2);
            rows[string.Join(' ', (key.Length == 0 ? ["id"] : key).Select(k => row[k]))] = row;
        }
        return rows;
    }
}

/// <summary>Sources and statuses an editor gets wrong are reported at their file, line and column, with the fix.</summary>
public sealed class BadSourceTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    private string Input => _folder["input"];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_section_that_is_no_heading_of_the_paper_is_an_error_that_lists_the_papers_headings()
    {
        var line = InputEdits.Replace(File("recommendations.csv"), ",1.) Hate Crime (Recommendation 9159)", ",Hate crime");

        var problem = Single();
        AssertAt(problem, "recommendations.csv", line, 15);
        Assert.Contains("'Hate crime' is not a heading of the paper of meeting '2022-06-30'", problem.Message);
        Assert.Contains("“1.) Hate Crime (Recommendation 9159)”", problem.Fix);
        Assert.Contains("“Review of causes of concern”", problem.Fix);
    }

    [Fact]
    public void A_section_differing_only_in_capitals_and_spacing_is_the_heading()
    {
        InputEdits.Replace(File("reports.csv"), ",Solihull JTAI Report following", ",SOLIHULL  JTAI report   following");

        SiteBuilder.Build(Input, _folder["output"]);
        var link = BuiltSite.Open(_folder["output"], "/reports/solihull-jtai/").QuerySelector(".source a")!;
        Assert.Equal("/meetings/2022-03-31/#solihull-jtai-report-following-the-murder-of-arthur-labinjo-hughes", link.GetAttribute("href"));
    }

    /// <summary>A line an editor added: the mistake, the file, the line, the column it must be reported at, and words its message must contain.</summary>
    public static TheoryData<string, string, string, int, string> AddedLines => new()
    {
        { "an inferred status without its reason", "progress.csv", "9472,2022-03-31,open,,,,inferred,", 8, "is inferred, but 'reason' is empty" },
        { "a reason for a stated status", "progress.csv", "9472,2022-03-31,open,,,,,Because the paper implies it.", 8, "'reason' is only for an inferred status" },
        { "a worked-out status", "progress.csv", "9472,2022-03-31,open,,,,worked-out,", 7, "cannot be 'worked-out'" },
        { "a status not known", "progress.csv", "9472,2022-03-31,open,,,,not-known,", 7, "cannot be 'not-known'" },
        { "a correction of no page", "corrections.csv", "2026-12-06,/recommendations/9999/,Something,A reason", 2, "'/recommendations/9999/' is not a page of the site" },
    };

    [Theory]
    [MemberData(nameof(AddedLines))]
    public void A_mistake_in_an_added_line_is_reported_at_its_line_and_column(string mistake, string file, string text, int column, string message)
    {
        var line = InputEdits.AppendLine(File(file), text);
        var problem = Single();
        AssertAt(problem, file, line, column);
        Assert.True(problem.Message.Contains(message), $"{mistake}: {problem.Message}");
    }

    /// <summary>Text an editor changed: the mistake, the file, the text before and after, and where and what the problem must be, as above.</summary>
    public static TheoryData<string, string, string, string, int, string> ChangedText => new()
    {
        { "a source that is no meeting", "reports.csv", "2022-03-31,Solihull JTAI", "2022-03-30,Solihull JTAI", 11, "'2022-03-30' in 'source' is not in meetings/" },
        { "a section without a source", "reports.csv", "2022-03-31,Solihull JTAI", ",Solihull JTAI", 12, "'source' names no meeting" },
    };

    [Theory]
    [MemberData(nameof(ChangedText))]
    public void A_mistake_in_changed_text_is_reported_at_its_line_and_column(string mistake, string file, string from, string to, int column, string message)
    {
        var line = InputEdits.Replace(File(file), from, to);
        var problem = Single();
        AssertAt(problem, file, line, column);
        Assert.True(problem.Message.Contains(message), $"{mistake}: {problem.Message}");
    }

    private string File(string name) => Path.Combine(Input, name);

    private Diagnostic Single()
    {
        var problems = SiteBuilder.Problems(Input, _folder["output"]);
        Assert.True(problems.Count == 1, $"expected one problem; the build reported {problems.Count}: {string.Join("\n", problems)}");
        return problems[0];
    }

    private static void AssertAt(Diagnostic problem, string file, int line, int column)
    {
        Assert.EndsWith("input/" + file, problem.Location.File);
        Assert.Equal((line, column), (problem.Location.Line, problem.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }
}
