using System.Text;
using InspectionSite.Scaffolding;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>"new meeting", "new report", "new inspection": files from the office's templates, rows added as Excel left the file, nothing overwritten.</summary>
public sealed class ScaffoldingTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    private string Input => _folder["input"];

    [Fact]
    public void A_new_meeting_is_written_from_the_template_with_its_date()
    {
        var outcome = Scaffold.NewMeeting(Input, "15/12/2022");
        Assert.Equal(0, outcome.Exit);
        var text = File.ReadAllText(_folder["input/meetings/2022-12-15.md"]);
        Assert.Contains("title: \"Joint Audit Committee, 15 December 2022\"", text);
        Assert.Contains("date: 2022-12-15", text);
        Assert.Contains("# What the paper reports", text);
    }

    [Fact]
    public void The_office_changes_a_template_and_new_meetings_follow_it()
    {
        File.WriteAllText(_folder["input/templates/meeting.md"], "---\ntitle: \"Police and Crime Panel, {{date_long}}\"\n---\n");
        Scaffold.NewMeeting(Input, "2022-12-15");
        Assert.Equal("---\ntitle: \"Police and Crime Panel, 15 December 2022\"\n---\n", File.ReadAllText(_folder["input/meetings/2022-12-15.md"]));
    }

    [Fact]
    public void A_meeting_that_exists_is_not_overwritten()
    {
        var before = File.ReadAllBytes(_folder["input/meetings/2022-09-29.md"]);
        var outcome = Scaffold.NewMeeting(Input, "2022-09-29");
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("2022-09-29.md already exists; nothing was written", outcome.Message);
        Assert.Equal(before, File.ReadAllBytes(_folder["input/meetings/2022-09-29.md"]));
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_refused()
    {
        var outcome = Scaffold.NewMeeting(Input, "31/02/2022");
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("'31/02/2022' is not a date", outcome.Message);
    }

    [Fact]
    public void A_missing_template_is_refused_with_its_name()
    {
        File.Delete(_folder["input/templates/meeting.md"]);
        var outcome = Scaffold.NewMeeting(Input, "2022-12-15");
        Assert.Contains("templates/meeting.md: the template is missing", outcome.Message);
        Assert.False(File.Exists(_folder["input/meetings/2022-12-15.md"]));
    }

    [Theory]
    [InlineData("report", "reports")]
    [InlineData("inspection", "inspections")]
    public void A_new_row_keeps_the_files_bom_and_line_endings_and_adds_the_body(string name, string table)
    {
        var csv = _folder[$"input/{table}.csv"];
        var original = Encoding.UTF8.GetBytes(File.ReadAllText(csv).Replace("\r\n", "\n").Replace("\n", "\r\n"));
        File.WriteAllBytes(csv, [0xEF, 0xBB, 0xBF, .. original]);

        var outcome = Scaffold.NewRow(Input, table, "new-thing", "2022-09-29");

        Assert.Equal(0, outcome.Exit);
        var after = File.ReadAllBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. original], after[..(original.Length + 3)]);
        var added = Encoding.UTF8.GetString(after[(original.Length + 3)..]);
        Assert.StartsWith("new-thing,", added);
        Assert.EndsWith(",2022-09-29,\r\n", added);
        Assert.DoesNotContain('\n', added.TrimEnd('\n').Replace("\r\n", ""));
        Assert.True(File.Exists(_folder[$"input/{table}/new-thing.md"]));
        Assert.Contains(name, File.ReadAllText(_folder[$"input/{table}/new-thing.md"]));
    }

    [Fact]
    public void A_file_without_a_last_line_ending_gets_one_before_the_row()
    {
        var csv = _folder["input/reports.csv"];
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("\r\n", "\n").TrimEnd('\n'));
        Scaffold.NewRow(Input, "reports", "new-report", null);
        Assert.EndsWith("2022\"\nnew-report,,,,,,,,,,,\n", File.ReadAllText(csv));
    }

    [Fact]
    public void An_id_that_is_taken_is_refused_and_nothing_is_written()
    {
        var before = File.ReadAllBytes(_folder["input/reports.csv"]);
        var outcome = Scaffold.NewRow(Input, "reports", "solihull-jtai", null);
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("input/reports.csv:2:1: the ID 'solihull-jtai' is already taken", outcome.Message.Replace('\\', '/'));
        Assert.Equal(before, File.ReadAllBytes(_folder["input/reports.csv"]));
    }

    [Fact]
    public void A_body_that_exists_is_not_overwritten_and_no_row_is_added()
    {
        File.WriteAllText(_folder["input/reports/stray.md"], "Kept.");
        var before = File.ReadAllBytes(_folder["input/reports.csv"]);
        var outcome = Scaffold.NewRow(Input, "reports", "stray", null);
        Assert.Equal(2, outcome.Exit);
        Assert.Equal("Kept.", File.ReadAllText(_folder["input/reports/stray.md"]));
        Assert.Equal(before, File.ReadAllBytes(_folder["input/reports.csv"]));
    }

    [Fact]
    public void A_csv_that_excel_holds_open_is_refused()
    {
        File.WriteAllText(_folder["input/~$reports.csv"], "");
        var before = File.ReadAllBytes(_folder["input/reports.csv"]);
        var outcome = Scaffold.NewRow(Input, "reports", "new-report", null);
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("open in Excel (~$reports.csv is beside it)", outcome.Message);
        Assert.Contains("close the file in Excel", outcome.Message);
        Assert.Equal(before, File.ReadAllBytes(_folder["input/reports.csv"]));
        Assert.False(File.Exists(_folder["input/reports/new-report.md"]));
    }

    [Fact]
    public void A_missing_csv_is_refused()
    {
        File.Delete(_folder["input/inspections.csv"]);
        var outcome = Scaffold.NewRow(Input, "inspections", "new-inspection", null);
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("inspections.csv: the file is missing", outcome.Message);
        Assert.False(File.Exists(_folder["input/inspections/new-inspection.md"]));
    }

    [Fact]
    public void An_invalid_id_and_an_unknown_meeting_are_refused()
    {
        Assert.Contains("is not a valid ID", Scaffold.NewRow(Input, "reports", "Finding Time", null).Message);
        Assert.Contains("there is no meeting file", Scaffold.NewRow(Input, "reports", "finding-time", "2021-01-01").Message);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void On_the_command_line_a_taken_id_exits_2_and_a_new_one_0()
    {
        var (exit, _, errors) = Generator.Run(_folder.Path, "new", "inspection", "rocu-thematic");
        Assert.Equal(2, exit);
        Assert.Contains("already taken", errors);
        (exit, var output, _) = Generator.Run(_folder.Path, "new", "meeting", "2022-12-15");
        Assert.Equal(0, exit);
        Assert.Contains("Wrote input/meetings/2022-12-15.md", output);
    }
}
