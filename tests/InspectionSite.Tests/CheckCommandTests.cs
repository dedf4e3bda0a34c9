using InspectionSite.Commands;
using InspectionSite.Pipeline;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The "check" verb: every check of a build, nothing written, an exit code for CI.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    private int Check() => CheckCommand.Run(new BuildOptions(_folder["input"], _folder["output"], null, null, SiteBuilder.AsOf));

    private string[] Written() => Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order().ToArray()!;

    [Fact]
    public void Sound_input_passes_and_nothing_is_written()
    {
        Assert.Equal(BuildCommand.Success, Check());
        Assert.Equal(["input"], Written());
    }

    [Fact]
    public void A_broken_link_in_markdown_fails_the_check()
    {
        InputEdits.AppendLine(_folder["input/pages/about.md"], "See [the old page](/reports/no-such-report/).");
        Assert.Equal(BuildCommand.InputProblems, Check());
        Assert.Equal(["input"], Written());
    }

    [Fact]
    public void A_paper_that_is_not_a_pdf_fails_the_check_and_nothing_is_written()
    {
        File.WriteAllText(_folder["input/meetings/2022-09-29.pdf"], "<html>Agenda item 07</html>");
        Assert.Equal(BuildCommand.InputProblems, Check());
        Assert.Equal(["input"], Written());
    }

    /// <summary>A missing appendix and a paper that is not a PDF are both reported by one run, each where it is.</summary>
    [Trait("Speed", "Slow")]
    [Fact]
    public void On_the_command_line_a_missing_appendix_and_a_paper_that_is_not_a_pdf_exit_1_together()
    {
        var line = InputEdits.Replace(_folder["input/meetings/2022-06-30.md"], "paper: \"HMICFRS update\"\n",
            "paper: \"HMICFRS update\"\ndocuments:\n  - title: \"Appendix A\"\n    kind: appendix\n    file: 2022-06-30-appendix-a.pdf\n") + 4;
        File.WriteAllText(_folder["input/meetings/2022-09-29.pdf"], "<html>Agenda item 07</html>");
        var (exit, _, errors) = Generator.Run(_folder.Path, "check", "--as-of", "2022-10-01");
        Assert.Equal(1, exit);
        Assert.Contains($"input/meetings/2022-06-30.md:{line}:11: The document's file 2022-06-30-appendix-a.pdf is not in the meetings folder.", errors);
        Assert.Contains("input/meetings/2022-09-29.pdf:1:1: The file is not a PDF", errors);
        Assert.Contains("Check found 2 problem(s). Nothing was written.", errors);
        Assert.Equal(["input"], Written());
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void On_the_command_line_a_bad_date_exits_1_with_its_file_line_and_column()
    {
        var line = InputEdits.Replace(_folder["input/reports.csv"], "2022-02-24", "31/02/2022");
        var (exit, output, errors) = Generator.Run(_folder.Path, "check", "--as-of", "2022-10-01");
        Assert.Equal(1, exit);
        Assert.Contains($"input/reports.csv:{line}:4: '31/02/2022' is not a date.", errors);
        Assert.Contains("Nothing was written", errors);
        Assert.Equal(["input"], Written());

        InputEdits.Replace(_folder["input/reports.csv"], "31/02/2022", "24/02/2022");
        (exit, output, _) = Generator.Run(_folder.Path, "check", "--as-of", "2022-10-01");
        Assert.Equal(0, exit);
        Assert.Contains("no problems", output);
    }
}
