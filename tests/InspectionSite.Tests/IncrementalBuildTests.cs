using InspectionSite.Content.Diagnostics;
using InspectionSite.Incremental;
using InspectionSite.Output;
using InspectionSite.Pipeline;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// A build with a <see cref="BuildCache"/>, as the preview makes after each edit, must publish exactly what a
/// full build of the same input would: after each kind of edit, every file of the output is compared with a
/// fresh full build, byte for byte (the search index aside: the preview brings it up to date later).
/// </summary>
[Trait("Speed", "Slow")]
public sealed class IncrementalBuildTests
{
    public static TheoryData<string> Edits => new(EditsByName.Keys);

    private static readonly Dictionary<string, Action<string>> EditsByName = new()
    {
        ["a progress row's status"] = input => EditLine(input, "progress.csv", 1, cells => cells[2] = cells[2] == "open" ? "signed-off-by-force" : "open"),
        ["a progress row's note"] = input => EditLine(input, "progress.csv", 3, cells => cells[4] = "A new note."),
        ["a progress row added"] = input => File.AppendAllText(Path.Combine(input, "progress.csv"), $"{ItemNotReportedAt(input, LastMeeting(input))},{LastMeeting(input)},signed-off-by-hmicfrs,green,Done.,,,\n"),
        ["a progress row moved to the top"] = input =>
        {
            var lines = File.ReadAllLines(Path.Combine(input, "progress.csv")).ToList();
            (lines[1], lines[^1]) = (lines[^1], lines[1]);
            File.WriteAllLines(Path.Combine(input, "progress.csv"), lines);
        },
        ["a progress row's status and a report's Markdown body"] = input =>
        {
            EditLine(input, "progress.csv", 1, cells => cells[2] = cells[2] == "open" ? "signed-off-by-force" : "open");
            File.AppendAllText(Path.Combine(input, "reports", "report-00002.md"), "\nA new closing paragraph.\n");
        },
        ["a progress row's status and a recommendation's text"] = input =>
        {
            EditLine(input, "progress.csv", 1, cells => cells[2] = cells[2] == "open" ? "signed-off-by-force" : "open");
            EditLine(input, "recommendations.csv", 2, cells => cells[6] = "Forces should do better.");
        },
        ["a report's Markdown body"] = input => File.AppendAllText(Path.Combine(input, "reports", "report-00002.md"), "\nA new closing paragraph.\n"),
        ["a report's Markdown body removed"] = input => File.Delete(Path.Combine(input, "reports", "report-00003.md")),
        ["a report's title and its Markdown body"] = input =>
        {
            EditLine(input, "reports.csv", 1, cells => cells[1] = "A retitled report");
            File.AppendAllText(Path.Combine(input, "reports", "report-00001.md"), "\nA new closing paragraph.\n");
        },
        ["a report's title"] = input => EditLine(input, "reports.csv", 1, cells => cells[1] = "A retitled report"),
        ["a date written another way, meaning the same"] = input => EditLine(input, "reports.csv", 2, cells => cells[3] = DateOnly.Parse(cells[3]).ToString("dd/MM/yyyy")),
        ["a report's publication date"] = input => EditLine(input, "reports.csv", 2, cells => cells[3] = "2014-01-20"),
        ["a recommendation's text"] = input => EditLine(input, "recommendations.csv", 2, cells => cells[6] = "Forces should do better."),
        ["a recommendation's addressee"] = input => EditLine(input, "recommendations.csv", 2, cells => cells[7] = "Chief constables and PCCs"),
        ["a recommendation's topics"] = input => EditLine(input, "recommendations.csv", 3, cells => cells[11] = cells[11].Length == 0 ? "Custody" : ""),
        ["a recommendation moved to another report"] = input => EditLine(input, "recommendations.csv", 1, cells => cells[2] = "report-00010"),
        ["a recommendation added"] = input => File.AppendAllText(Path.Combine(input, "recommendations.csv"), "99999,cause-of-concern,report-00001,99999,9,,,New words.,Chief constables,Immediately,,,,,,\n"),
        ["an inspection event's date"] = input => EditLine(input, "inspection_events.csv", 1, cells => cells[2] = "2013-11"),
        ["an inspection event added"] = input => File.AppendAllText(Path.Combine(input, "inspection_events.csv"), $"inspection-0002,report-published,{LastMeeting(input)},{LastMeeting(input)},,Published.\n"),
        ["a meeting's title"] = input => Replace(input, Path.Combine("meetings", LastMeeting(input) + ".md"), "title: \"Joint Audit Committee", "title: \"Extraordinary Joint Audit Committee"),
        ["a meeting's paper text"] = input => File.AppendAllText(Path.Combine(input, "meetings", LastMeeting(input) + ".md"), "\nMembers noted the report.\n"),
        ["a status inferred, with its reason"] = input => EditLine(input, "progress.csv", 1, cells => (cells[^2], cells[^1]) = ("inferred", "The paper implies it.")),
        ["a recommendation's source section"] = input => EditLine(input, "recommendations.csv", 2, cells => cells[^1] = "Inspections"),
        ["a heading that sources name, written another way"] = input =>
            Replace(input, Path.Combine("meetings", LastMeeting(input) + ".md"), "## Published inspection reports", "## Published Inspection Reports"),
        ["a correction added"] = input => File.AppendAllText(Path.Combine(input, "corrections.csv"), "2026-12-06,/,The home page's counts.,A paper was misread.\n"),
        ["a paper's total"] = input => EditLine(input, "totals.csv", 1, cells => cells[2] = "over 99"),
        ["what a paper claims"] = input => EditLine(input, "claims.csv", 1, cells => cells[3] = "A title the paper gave"),
        ["an inspection's title"] = input => EditLine(input, "inspections.csv", 1, cells => cells[1] = "A renamed inspection"),
        ["a free page's title"] = input => Replace(input, Path.Combine("pages", "about.md"), "About this site", "About these pages"),
        ["the site's title"] = input => Replace(input, "site.yml", "Synthetic inspections", "Generated inspections"),
    };

    /// <summary>The site's title and the free pages' titles are in every page's header or footer.</summary>
    private static readonly HashSet<string> ShownOnEveryPage = ["the site's title", "a free page's title"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_the_incremental_build_publishes_what_a_full_build_would(string edit)
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        var first = site.Build();
        Assert.Equal(first.PageCount, first.PagesRendered.Count);
        site.Build(); // nothing changed: this build works out which page shows what, for the next to keep if the edit allows

        EditsByName[edit](folder["input"]);
        var second = site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();

        AssertSameFiles(folder["full"], folder["incremental"]);
        if (!ShownOnEveryPage.Contains(edit))
            Assert.True(second.PagesRendered.Count < second.PageCount, $"{second.PagesRendered.Count} of {second.PageCount} pages rendered again");
    }

    /// <summary>
    /// A PDF is not a row or a body, but its meeting page links it with its pages and size and carries its text, and the
    /// accessibility statement lists it while untagged: dropping one in, replacing it or deleting it must show.
    /// </summary>
    [Theory]
    [InlineData("added")]
    [InlineData("replaced")]
    [InlineData("removed")]
    public void After_a_meetings_pdf_is_added_replaced_or_removed_the_incremental_build_publishes_what_a_full_build_would(string edit)
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var pdf = Path.Combine(folder["input"], "meetings", LastMeeting(folder["input"]) + ".pdf");
        if (edit != "added") File.WriteAllBytes(pdf, TestPdf.Of([new TestPdf.Line("The paper as first published.")]));
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        site.Build();

        if (edit == "removed") File.Delete(pdf);
        else File.WriteAllBytes(pdf, TestPdf.Of(Enumerable.Repeat(new TestPdf.Line("A paragraph of the paper as published, over two pages."), 60)));
        var second = site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();

        AssertSameFiles(folder["full"], folder["incremental"]);
        Assert.Equal(edit != "removed", File.Exists(Path.Combine(folder["incremental"], "meetings", LastMeeting(folder["input"]), "paper.pdf")));
        Assert.True(second.PagesRendered.Count < second.PageCount, $"{second.PagesRendered.Count} of {second.PageCount} pages rendered again");
    }

    [Fact]
    public void After_a_progress_row_is_added_a_later_edit_renders_the_meeting_page_that_now_lists_its_item()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        site.Build(); // the first build after a full one works out which page shows what, for later builds to keep
        var meeting = LastMeeting(folder["input"]);
        var progress = File.ReadAllLines(Path.Combine(folder["input"], "progress.csv"));
        var reported = progress.Select(l => l.Split(',')).Where(c => c[1] == meeting).Select(c => c[0]).ToHashSet();
        var earlier = Array.FindLastIndex(progress, l => l.Split(',') is var c && c[1] != meeting && !reported.Contains(c[0]) && c[0] != "recommendation");
        var item = progress[earlier].Split(',')[0];

        File.AppendAllText(Path.Combine(folder["input"], "progress.csv"), $"{item},{meeting},signed-off-by-hmicfrs,green,Done.,,,\n");
        site.Build();
        // The meeting's page now shows the item's status before the meeting, which comes from this earlier row.
        EditLine(folder["input"], "progress.csv", earlier, cells => cells[2] = cells[2] == "open" ? "signed-off-by-force" : "open");
        site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();

        AssertSameFiles(folder["full"], folder["incremental"]);
    }

    /// <summary>The preview shows an edit in the long lists at once, while the search index catches up later.</summary>
    [Fact]
    public void An_edited_item_changes_its_row_on_its_page_of_the_list_in_the_same_build()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(250), folder["input"]);
        var item = LinkedSite.From(folder["input"]).NamedItems.ElementAt(150).Id;
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        site.Build();

        var row = Array.FindIndex(File.ReadAllLines(Path.Combine(folder["input"], "recommendations.csv")), line => line.StartsWith(item + ",", StringComparison.Ordinal));
        EditLine(folder["input"], "recommendations.csv", row, cells => cells[11] = "A newly named portfolio");
        site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();

        var page = BuiltSite.Open(folder["incremental"], "/recommendations/page/2/");
        Assert.Contains("A newly named portfolio", page.QuerySelector($"tr:has(a[href='/recommendations/{item}/'])")!.TextContent, StringComparison.Ordinal);
        AssertSameFiles(folder["full"], folder["incremental"]);
    }

    /// <summary>
    /// A long list's pages each show their own rows' states, and every page offers the whole list's filter options: a
    /// status edit renders again only the page that holds the item, unless it adds or removes an option. The search form
    /// offers the same statuses, so it too is rendered again only then.
    /// </summary>
    [Theory]
    [InlineData("a status other items hold", 1)]
    [InlineData("a status no other item holds", 3)]
    public void A_status_edit_renders_again_the_page_of_the_list_that_holds_the_item_and_every_page_and_the_search_form_when_the_filters_change(string edit, int listPages)
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(250), folder["input"]);
        var items = LinkedSite.From(folder["input"]).NamedItems.Select(i => i.Id).ToList();
        var progress = File.ReadAllLines(Path.Combine(folder["input"], "progress.csv"));
        // A row of the latest meeting, so that it gives its item's status now, for an item on the list's second page.
        var row = Array.FindIndex(progress, line => line.Split(',') is var cells && cells[1] == LastMeeting(folder["input"]) && items.IndexOf(cells[0]) is >= 100 and < 200);
        var item = progress[row].Split(',')[0];
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        site.Build();

        EditLine(folder["input"], "progress.csv", row, cells => cells[2] = edit == "a status no other item holds" ? "no-further-action-required" : cells[2] == "open" ? "signed-off-by-force" : "open");
        var rendered = site.Build().PagesRendered;
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();

        AssertSameFiles(folder["full"], folder["incremental"]);
        var listRendered = rendered.Where(path => path.StartsWith("/recommendations/", StringComparison.Ordinal) && path != $"/recommendations/{item}/").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(listPages == 1 ? ["/recommendations/page/2/"] : ["/recommendations/", "/recommendations/page/2/", "/recommendations/page/3/"], listRendered);
        Assert.Contains($"/recommendations/{item}/", rendered);
        Assert.Equal(listPages == 3, rendered.Contains("/search/"));
    }

    [Fact]
    public void Editing_one_report_body_renders_no_other_page_that_shows_content_and_writes_only_that_file()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new CachedBuilds(Options(folder["input"], folder["output"]));
        site.Build();

        EditsByName["a report's Markdown body"](folder["input"]);
        var result = site.Build();

        // The open-data page, whose dependencies are not listed, is rendered on every build.
        Assert.Equal(2, result.PagesRendered.Count);
        Assert.Equal(1, result.FilesChanged);
    }

    [Fact]
    public void A_build_with_problems_leaves_the_output_as_it_was_and_the_next_good_build_catches_up()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        var before = Snapshot(folder["incremental"]);

        var body = Path.Combine(folder["input"], "reports", "report-00002.md");
        var text = File.ReadAllText(body);
        File.WriteAllText(body, text + "\nSee [a page that is not there](/reports/missing/).\n");
        var problems = Assert.Throws<InputException>(() => site.Build()).Diagnostics;
        Assert.Contains(problems, p => p.Message.Contains("/reports/missing/", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(folder["incremental"]));

        File.WriteAllText(body, text + "\nSee [the first report](/reports/report-00001/).\n");
        site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();
        AssertSameFiles(folder["full"], folder["incremental"]);
    }

    [Fact]
    public void A_csv_file_with_a_bad_cell_is_reported_on_every_build_until_it_is_fixed()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        var progress = Path.Combine(folder["input"], "progress.csv");
        var original = File.ReadAllText(progress);

        EditLine(folder["input"], "progress.csv", 1, cells => cells[2] = "finished");
        Assert.Contains(Assert.Throws<InputException>(() => site.Build()).Diagnostics, p => p.Location.File.EndsWith("progress.csv", StringComparison.Ordinal) && p.Location.Line == 2);
        Assert.Contains(Assert.Throws<InputException>(() => site.Build()).Diagnostics, p => p.Location.File.EndsWith("progress.csv", StringComparison.Ordinal) && p.Location.Line == 2);

        File.WriteAllText(progress, original);
        EditsByName["a progress row's status"](folder["input"]);
        site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();
        AssertSameFiles(folder["full"], folder["incremental"]);
    }

    /// <summary>Rows are compared by content, not by place: so two inspections of the same title must list in the same order whichever comes first in the file.</summary>
    [Fact]
    public void Swapping_two_inspections_of_the_same_title_publishes_what_a_full_build_would()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        EditLine(folder["input"], "inspections.csv", 2, cells => cells[1] = File.ReadAllLines(Path.Combine(folder["input"], "inspections.csv"))[1].Split(',')[1]);
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();

        var path = Path.Combine(folder["input"], "inspections.csv");
        var lines = File.ReadAllLines(path);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        File.WriteAllLines(path, lines);
        site.Build();
        new BuildPipeline(Options(folder["input"], folder["full"])).Run();

        AssertSameFiles(folder["full"], folder["incremental"]);
    }

    /// <summary>
    /// Edits whose problems a rebuild finds with checks of its own: progress rows are checked again on their own when
    /// nothing else changed, and sources only in the rows that changed, unless a paper's headings did.
    /// </summary>
    private static readonly Dictionary<string, Action<string>> BreakingEdits = new()
    {
        ["a progress row naming a meeting that does not exist"] = input => EditLine(input, "progress.csv", 3, cells => cells[1] = "2001-01-01"),
        ["a progress row naming an item that does not exist"] = input => EditLine(input, "progress.csv", 3, cells => cells[0] = "no-such-item"),
        ["a progress row naming the item and meeting of another row"] = input =>
        {
            var other = File.ReadAllLines(Path.Combine(input, "progress.csv"))[1].Split(',');
            EditLine(input, "progress.csv", 3, cells => (cells[0], cells[1]) = (other[0], other[1]));
        },
        ["a progress row's section changed to a heading its paper lacks"] = input => EditLine(input, "progress.csv", 3, cells => cells[5] = "No such heading"),
        ["an item's section changed to a heading its paper lacks"] = input => EditLine(input, "recommendations.csv", 2, cells => cells[^1] = "No such heading"),
        ["a heading that unchanged items name, reworded in its paper"] = input =>
        {
            var item = File.ReadAllLines(Path.Combine(input, "recommendations.csv"))[1].Split(',');
            Replace(input, Path.Combine("meetings", item[^2] + ".md"), "## " + item[^1], "## " + item[^1] + " in full");
        },
    };

    public static TheoryData<string> Breaking => new(BreakingEdits.Keys);

    /// <summary>Whatever the edit breaks, the problems must be those a full build finds, and the site stays as it was.</summary>
    [Theory]
    [MemberData(nameof(Breaking))]
    public void A_problem_an_edit_makes_is_reported_as_a_full_build_reports_it(string edit)
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var site = new CachedBuilds(Options(folder["input"], folder["incremental"]));
        site.Build();
        var before = Snapshot(folder["incremental"]);

        BreakingEdits[edit](folder["input"]);
        var incremental = Assert.Throws<InputException>(() => site.Build()).Diagnostics;
        var full = Assert.Throws<InputException>(() => new BuildPipeline(Options(folder["input"], folder["full"])).Run()).Diagnostics;

        Assert.NotEmpty(full);
        Assert.Equal(full.Select(p => p.ToString()), incremental.Select(p => p.ToString()));
        Assert.Equal(before, Snapshot(folder["incremental"]));
    }

    [Fact]
    public void Removing_a_heading_that_an_unchanged_page_links_to_stops_the_build()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(50), folder["input"]);
        var target = Path.Combine(folder["input"], "reports", "report-00002.md");
        var original = File.ReadAllText(target);
        File.WriteAllText(target, original + "\n## Findings in detail\n\nText.\n");
        File.AppendAllText(Path.Combine(folder["input"], "reports", "report-00001.md"), "\nSee [the findings](/reports/report-00002/#findings-in-detail).\n");
        var site = new CachedBuilds(Options(folder["input"], folder["output"]));
        site.Build();

        File.WriteAllText(target, original);
        var problems = Assert.Throws<InputException>(() => site.Build()).Diagnostics;

        Assert.Equal(["output/reports/report-00001/index.html: The link '/reports/report-00002/#findings-in-detail' points to #findings-in-detail, which its page lacks."],
            problems.Select(p => $"{p.Location.File}: {p.Message}"));
    }

    /// <summary>With a public address, so that the sitemap and the feed are compared too.</summary>
    private static BuildOptions Options(string input, string output) => new(input, output, "https://example.org", null, SiteBuilder.AsOf);

    /// <summary>Builds as the preview does: one cache for the session, the first build written whole, later ones as updates.</summary>
    private sealed class CachedBuilds(BuildOptions options)
    {
        private readonly BuildCache _cache = new();
        private readonly OutputFolder _output = new(options.OutputFolder);
        private IReadOnlyList<OutputFile>? _published;

        public (int PageCount, IReadOnlyList<string> PagesRendered, int FilesChanged) Build()
        {
            var site = _cache.Produce(options);
            var changed = _published is null ? new BuildPipeline(options).Write(site).FileCount : _output.Update(_published, site.Files);
            _published = site.Files;
            return (site.PageCount, _cache.PagesRendered, changed);
        }
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var want = Snapshot(expected);
        var got = Snapshot(actual);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        var different = want.Keys.Where(path => want[path] != got[path]).ToList();
        Assert.True(different.Count == 0, "These files differ from a full build: " + string.Join(", ", different.Take(10)));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        BuiltSite.FilesBesideSearchIndex(folder)
            .ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))));

    /// <summary>Changes the cells of the given data row (1 = the first after the header) of a synthetic CSV file, whose cells hold no commas.</summary>
    private static void EditLine(string input, string file, int row, Action<string[]> edit)
    {
        var path = Path.Combine(input, file);
        var lines = File.ReadAllLines(path);
        var cells = lines[row].Split(',');
        edit(cells);
        lines[row] = string.Join(',', cells);
        File.WriteAllLines(path, lines);
    }

    private static void Replace(string input, string file, string from, string to)
    {
        var path = Path.Combine(input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    private static string ItemNotReportedAt(string input, string meeting)
    {
        var reported = File.ReadLines(Path.Combine(input, "progress.csv")).Select(l => l.Split(',')).Where(c => c[1] == meeting).Select(c => c[0]).ToHashSet();
        return File.ReadLines(Path.Combine(input, "recommendations.csv")).Skip(1).Select(l => l.Split(',')[0]).First(id => !reported.Contains(id));
    }

    private static string LastMeeting(string input) => Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(input, "meetings"), "*.md").Order(StringComparer.Ordinal).Last());
}
