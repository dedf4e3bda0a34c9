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

    private Diagnostic SingleProblem()
    {
        var problems = SiteBuilder.Problems(Input, Output);
        return Assert.Single(problems);
    }

    private static void AssertAt(Diagnostic problem, string file, int line, int column)
    {
        Assert.EndsWith(file, problem.Location.File);
        Assert.Equal((line, column), (problem.Location.Line, problem.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }

    [Fact]
    public void A_row_with_an_unquoted_comma_is_reported_at_its_line()
    {
        var line = InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-06-30,open,,a note, with a comma");
        var problem = SingleProblem();
        AssertAt(problem, "input/progress.csv", line, 6);
        Assert.Contains("6 cells but the header has 5 columns", problem.Message);
    }

    [Fact]
    public void A_stray_quotation_mark_is_reported_at_its_line()
    {
        var line = InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-06-30,open,,\"quoted\" then more");
        var problem = SingleProblem();
        AssertAt(problem, "input/progress.csv", line, 1);
        Assert.Contains("quotation mark", problem.Message);
    }

    [Fact]
    public void An_unknown_column_is_named_with_the_allowed_ones()
    {
        InputEdits.Replace(InputFile("progress.csv"), "rag,note", "rag,notes");
        var problem = SingleProblem();
        AssertAt(problem, "input/progress.csv", 1, 5);
        Assert.Contains("Unknown column 'notes'", problem.Message);
        Assert.Contains("note", problem.Fix);
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        InputEdits.Replace(InputFile("reports.csv"), "id,title,kind,published", "id,title,kind,release_date");
        var problems = SiteBuilder.Problems(Input, Output);
        Assert.Contains(problems, p => p.Message.Contains("required column 'published' is missing"));
    }

    [Fact]
    public void An_impossible_date_is_reported_with_the_accepted_formats()
    {
        var line = InputEdits.Replace(InputFile("reports.csv"), "2022-02-24", "31/02/2022");
        var problem = SingleProblem();
        AssertAt(problem, "input/reports.csv", line, 4);
        Assert.Contains("'31/02/2022' is not a date", problem.Message);
        Assert.Contains("30/06/2022", problem.Fix);
    }

    [Fact]
    public void An_unknown_status_lists_the_allowed_statuses()
    {
        var line = InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-03-31,closed,,");
        var problem = SingleProblem();
        AssertAt(problem, "input/progress.csv", line, 3);
        Assert.Contains("'closed' is not an allowed status", problem.Message);
        Assert.Contains("signed-off-by-hmicfrs", problem.Fix);
    }

    [Fact]
    public void A_duplicate_id_points_at_both_rows()
    {
        var line = InputEdits.AppendLine(InputFile("recommendations.csv"), "9159,cause-of-concern,,,,,A copy,,,,");
        var problems = SiteBuilder.Problems(Input, Output);
        var problem = Assert.Single(problems, p => p.Message.Contains("'9159' is used twice"));
        AssertAt(problem, "input/recommendations.csv", line, 1);
        Assert.Matches(@"first at \S*input/recommendations.csv:\d+:1\)", problem.Message);
    }

    [Fact]
    public void A_dangling_reference_names_the_missing_id_and_its_cell()
    {
        var line = InputEdits.AppendLine(InputFile("progress.csv"), "9999,2022-06-30,open,,");
        var problem = SingleProblem();
        AssertAt(problem, "input/progress.csv", line, 1);
        Assert.Contains("'9999' in 'recommendation' is not in recommendations.csv", problem.Message);
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
    public void An_image_without_a_description_is_a_build_error()
    {
        var line = InputEdits.AppendLine(InputFile("meetings/2022-06-30.md"), "The trend: ![](/reports/)");
        var problem = SingleProblem();
        AssertAt(problem, "input/meetings/2022-06-30.md", line, 12);
        Assert.Contains("has no description", problem.Message);
        Assert.Contains("between the square brackets", problem.Fix);
    }

    [Fact]
    public void An_image_from_another_site_is_a_build_error_with_a_link_as_the_fix()
    {
        var line = InputEdits.AppendLine(InputFile("meetings/2022-06-30.md"), "![Open items by meeting](https://example.org/chart.png)");
        var problem = SingleProblem();
        AssertAt(problem, "input/meetings/2022-06-30.md", line, 1);
        Assert.Contains("is on another site", problem.Message);
        Assert.Contains("without the '!'", problem.Fix);
    }

    [Fact]
    public void A_mention_of_an_unknown_recommendation_is_a_build_error()
    {
        var line = InputEdits.AppendLine(InputFile("meetings/2022-06-30.md"), "See also Recommendation 123456.");
        var problem = SingleProblem();
        AssertAt(problem, "input/meetings/2022-06-30.md", line, 10);
        Assert.Contains("'Recommendation 123456' names no item", problem.Message);
    }

    [Fact]
    public void A_topic_with_no_letter_or_digit_is_reported_at_its_cell()
    {
        var line = InputEdits.Replace(InputFile("recommendations.csv"), "Within six months,,Stalking and harassment", "Within six months,,Stalking and harassment; --");
        var problem = SingleProblem();
        AssertAt(problem, "input/recommendations.csv", line, 11);
        Assert.Contains("The topic '--' has no letter or digit", problem.Message);
    }

    [Fact]
    public void A_free_page_may_not_take_the_topics_section()
    {
        File.WriteAllText(InputFile("pages/topics.md"), "---\ntitle: Topics\n---\nOur topics.\n");
        var problem = SingleProblem();
        AssertAt(problem, "input/pages/topics.md", 1, 1);
        Assert.Contains("/topics/", problem.Message);
    }

    [Fact]
    public void Broken_front_matter_is_reported_at_its_line()
    {
        var line = InputEdits.Replace(InputFile("meetings/2022-03-31.md"), "agenda_item:", "agenda_item: [unclosed\nx:");
        var problems = SiteBuilder.Problems(Input, Output);
        var problem = Assert.Single(problems);
        Assert.EndsWith("input/meetings/2022-03-31.md", problem.Location.File);
        Assert.InRange(problem.Location.Line, line, line + 1);
        Assert.Contains("not valid YAML", problem.Message);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported()
    {
        var file = InputFile("pages/about.md");
        File.WriteAllText(file, "---\ntitle: About\n\nNo closing line.\n");
        var problem = SingleProblem();
        AssertAt(problem, "input/pages/about.md", 1, 1);
        Assert.Contains("never closed", problem.Message);
    }

    [Theory]
    [InlineData("../../escaped")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("Capitals")]
    public void An_id_that_could_leave_the_output_folder_is_refused(string id)
    {
        var line = InputEdits.AppendLine(InputFile("inspections.csv"), $"{id},Sneaky,thematic,,,,,,");
        var problem = SingleProblem();
        AssertAt(problem, "input/inspections.csv", line, 1);
        Assert.Contains("not a valid ID", problem.Message);
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
        InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-03-31,closed,,");
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
        InputEdits.AppendLine(InputFile("progress.csv"), "9159,2022-03-31,closed,,");

        var exit = BuildCommand.Run(new BuildOptions(Input, Output, null, null, SiteBuilder.AsOf));

        Assert.Equal(BuildCommand.InputProblems, exit);
        Assert.Equal(before, TempFolder.FileHashes(Output));
        Assert.Empty(Directory.EnumerateDirectories(_folder.Path, ".output.*"));
    }

    [Fact]
    public void A_site_address_must_be_a_web_address()
    {
        var line = InputEdits.AppendLine(InputFile("site.yml"), "base_url: javascript:alert(1)");
        var problem = SingleProblem();
        AssertAt(problem, "input/site.yml", line, 1);
        Assert.Contains("not a web address", problem.Message);
    }

    [Fact]
    public void The_output_folder_may_not_hold_the_input()
    {
        var exit = BuildCommand.Run(new BuildOptions(Input, _folder.Path, null, null, SiteBuilder.AsOf));
        Assert.Equal(BuildCommand.UsageProblem, exit);
        Assert.True(File.Exists(InputFile("site.yml")));
    }
}
