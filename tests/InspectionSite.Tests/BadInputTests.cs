using InspectionSite.Commands;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Pipeline;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// Each kind of mistake an editor can make gets a clear message at file:line:column with the fix,
/// the build fails, and the site already in output/ is left exactly as it was.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    private string Input => _folder["input"];
    private string Output => _folder["output"];
    private string InputFile(string name) => Path.Combine(Input, name);

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A line an editor added: the mistake, the file, the line, the column the problem must be reported at,
    /// words its message must contain, and words its fix must contain ("" where any fix will do).
    /// </summary>
    public static TheoryData<string, string, string, int, string, string> AddedLines => new()
    {
        { "an unquoted comma", "progress.csv", "9159,2022-06-30,open,,a note, with a comma,,inferred,A reason", 9, "9 cells but the header has 8 columns", "" },
        { "a stray quotation mark", "progress.csv", "9159,2022-06-30,open,,\"quoted\" then more", 1, "quotation mark", "" },
        { "an unknown status", "progress.csv", "9159,2022-03-31,closed,,,,,", 3, "'closed' is not an allowed status", "signed-off-by-hmicfrs" },
        { "a dangling reference", "progress.csv", "9999,2022-06-30,open,,,,,", 1, "'9999' in 'recommendation' is not in recommendations.csv", "" },
        { "an image without a description", "meetings/2022-06-30.md", "The trend: ![](/reports/)", 12, "has no description", "between the square brackets" },
        { "an image from another site", "meetings/2022-06-30.md", "![Open items by meeting](https://example.org/chart.png)", 1, "is on another site", "without the '!'" },
        { "a mention of an unknown recommendation", "meetings/2022-06-30.md", "See also Recommendation 123456.", 10, "'Recommendation 123456' names no item", "" },
        { "a site address that is not a web address", "site.yml", "base_url: javascript:alert(1)", 1, "not a web address", "" },
        { "a brand colour white text cannot be read on", "site.yml", "brand_colour: \"#ffdd00\"", 1, "White text on #ffdd00 has a contrast of 1.34:1; WCAG AA needs at least 4.5:1", "darker colour" },
        { "a brand colour that is not a colour", "site.yml", "brand_colour: navy", 1, "'navy' is not a colour", "#1d3557" },
        { "a logo outside the input folder", "site.yml", "logo: ../secrets/logo.svg", 1, "not an image file named from the input folder", "logo: images/logo.svg" },
        { "a logo that is not there", "site.yml", "logo: images/missing.svg", 1, "The logo 'images/missing.svg' is not in the input folder", "input/images/missing.svg" },
        { "a total given twice in one unit", "totals.csv", "2022-09-29,causes-of-concern-open,3,headings,,", 2, "already has a figure for causes-of-concern-open counted as headings", "counted_as" },
        { "a unit no paper counts in", "totals.csv", "2022-09-29,causes-of-concern-open,4,areas,,", 4, "'areas' is not an allowed counted_as", "reference-numbers" },
        { "a claim the column would not take", "claims.csv", "inspections,cwj-ppda-super-complaint,in_force,maybe,2022-09-29,,,,", 4, "'maybe' is not yes or no", "yes or no" },
        { "a claim of a column the table lacks", "claims.csv", "inspections,cwj-ppda-super-complaint,fieldwork,no,2022-09-29,,,,", 3, "'fieldwork' is not a column", "in_force" },
        { "a claim of a row that does not exist", "claims.csv", "reports,no-such-report,title,A title,2022-09-29,,,,", 2, "'no-such-report' is not an ID in reports.csv", "" },
        { "a claim that stands without a reason", "claims.csv", "inspections,wmp-peel-2021,in_force,no,2022-06-30,,,yes,", 9, "not why", "reason" },
    };

    [Theory]
    [MemberData(nameof(AddedLines))]
    public void A_mistake_in_an_added_line_is_reported_at_its_line_and_column(string mistake, string file, string line, int column, string message, string fix)
    {
        var at = InputEdits.AppendLine(InputFile(file), line);
        AssertReported(mistake, file, at, column, message, fix);
    }

    /// <summary>Text an editor changed: the mistake, the file, the text before and after, and what the problem must say, as above.</summary>
    public static TheoryData<string, string, string, string, int, string, string> ChangedText => new()
    {
        { "an unknown column", "progress.csv", "rag,note", "rag,notes", 5, "Unknown column 'notes'", "note" },
        { "an impossible date", "reports.csv", "2022-02-24", "31/02/2022", 4, "'31/02/2022' is not a date", "30/06/2022" },
        { "a topic with no letter or digit", "recommendations.csv", "Within six months,,,Stalking and harassment", "Within six months,,,Stalking and harassment; --", 12, "The topic '--' has no letter or digit", "" },
    };

    [Theory]
    [MemberData(nameof(ChangedText))]
    public void A_mistake_in_changed_text_is_reported_at_its_line_and_column(string mistake, string file, string from, string to, int column, string message, string fix)
    {
        var at = InputEdits.Replace(InputFile(file), from, to);
        AssertReported(mistake, file, at, column, message, fix);
    }

    /// <summary>A whole file an editor wrote, whose mistake is reported at its start: the mistake, the file, its text, and what the problem must say.</summary>
    public static TheoryData<string, string, string, string> WrittenFiles => new()
    {
        { "a free page that takes the topics section", "pages/topics.md", "---\ntitle: Topics\n---\nOur topics.\n", "/topics/" },
        { "front matter that is never closed", "pages/about.md", "---\ntitle: About\n\nNo closing line.\n", "never closed" },
    };

    [Theory]
    [MemberData(nameof(WrittenFiles))]
    public void A_mistake_in_a_written_file_is_reported_at_its_start(string mistake, string file, string text, string message)
    {
        File.WriteAllText(InputFile(file), text);
        AssertReported(mistake, file, 1, 1, message, "");
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        InputEdits.Replace(InputFile("reports.csv"), "id,title,kind,published", "id,name,kind,published");
        var problems = SiteBuilder.Problems(Input, Output);
        Assert.Contains(problems, p => p.Message.Contains("required column 'title' is missing"));
    }

    [Fact]
    public void A_duplicate_id_points_at_both_rows()
    {
        var line = InputEdits.AppendLine(InputFile("recommendations.csv"), "9159,cause-of-concern,,,,,A copy,,,,,,,,");
        var problems = SiteBuilder.Problems(Input, Output);
        var problem = Assert.Single(problems, p => p.Message.Contains("'9159' is used twice"));
        AssertAt(problem, "input/recommendations.csv", line, 1);
        Assert.Matches(@"first at \S*input/recommendations.csv:\d+:1\)", problem.Message);
    }

    [Fact]
    public void A_dangling_reference_in_front_matter_points_at_its_field()
    {
        var line = InputEdits.Replace(InputFile("meetings/2022-09-29.md"), "  - rocu-thematic", "  - rocu-inspection");
        var problem = SingleProblem();
        Assert.EndsWith("input/meetings/2022-09-29.md", problem.Location.File);
        Assert.Equal(line - 1, problem.Location.Line); // the 'inspections:' key above the list
        Assert.Contains("'rocu-inspection' in 'inspections' is not in inspections.csv", problem.Message);
    }

    [Fact]
    public void Broken_front_matter_is_reported_at_its_line()
    {
        var line = InputEdits.Replace(InputFile("meetings/2022-03-31.md"), "agenda_item:", "agenda_item: [unclosed\nx:");
        var problem = SingleProblem();
        Assert.EndsWith("input/meetings/2022-03-31.md", problem.Location.File);
        Assert.InRange(problem.Location.Line, line, line + 1);
        Assert.Contains("not valid YAML", problem.Message);
    }

    [Theory]
    [InlineData("../../escaped")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("Capitals")]
    public void An_id_that_could_leave_the_output_folder_is_refused(string id)
    {
        var line = InputEdits.AppendLine(InputFile("inspections.csv"), $"{id},Sneaky,thematic,,,,,,,,");
        AssertReported($"the ID '{id}'", "inspections.csv", line, 1, "not a valid ID", "");
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "escaped")));
    }

    [Fact]
    public void A_markdown_file_name_that_is_not_an_id_is_refused()
    {
        File.WriteAllText(InputFile("pages/Bad Name.md"), "---\ntitle: x\n---\nx\n");
        var problem = SingleProblem();
        Assert.Contains("'Bad Name' is not a valid ID", problem.Message);
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_run()
    {
        InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-03-31,closed,,,,,");
        InputEdits.Replace(InputFile("reports.csv"), "2022-02-24", "yesterday");
        InputEdits.Replace(InputFile("inspections.csv"), ",thematic,", ",themed,");
        var problems = SiteBuilder.Problems(Input, Output);
        Assert.Equal(3, problems.Count);
        Assert.Equal(["input/inspections.csv", "input/progress.csv", "input/reports.csv"],
            problems.Select(p => p.Location.File[(p.Location.File.IndexOf("input/", StringComparison.Ordinal))..]).ToArray());
    }

    [Fact]
    public void A_failed_build_exits_non_zero_and_leaves_the_previous_site_intact()
    {
        SiteBuilder.Build(Input, Output);
        var before = TempFolder.FileHashes(Output);
        InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-03-31,closed,,,,,");

        var exit = BuildCommand.Run(new BuildOptions(Input, Output, null, null, SiteBuilder.AsOf));

        Assert.Equal(BuildCommand.InputProblems, exit);
        Assert.Equal(before, TempFolder.FileHashes(Output));
        Assert.Empty(Directory.EnumerateDirectories(_folder.Path, ".output.*"));
    }

    [Fact]
    public void The_output_folder_may_not_hold_the_input()
    {
        var exit = BuildCommand.Run(new BuildOptions(Input, _folder.Path, null, null, SiteBuilder.AsOf));
        Assert.Equal(BuildCommand.UsageProblem, exit);
        Assert.True(File.Exists(InputFile("site.yml")));
    }

    /// <summary>The mistake is the build's one problem, at input/file:line:column, and its message and fix say what they must.</summary>
    private void AssertReported(string mistake, string file, int line, int column, string message, string fix)
    {
        var problems = SiteBuilder.Problems(Input, Output);
        Assert.True(problems.Count == 1, $"{mistake} should be the one problem; the build reported {problems.Count}: {string.Join("\n", problems)}");
        var problem = problems[0];
        AssertAt(problem, "input/" + file, line, column);
        Assert.Contains(message, problem.Message);
        Assert.Contains(fix, problem.Fix);
    }

    private Diagnostic SingleProblem() => Assert.Single(SiteBuilder.Problems(Input, Output));

    /// <summary>The problem is at file:line:column and offers a fix.</summary>
    private static void AssertAt(Diagnostic problem, string file, int line, int column)
    {
        Assert.EndsWith(file, problem.Location.File);
        Assert.Equal((line, column), (problem.Location.Line, problem.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }
}
