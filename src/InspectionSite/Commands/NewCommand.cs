using System.CommandLine;
using InspectionSite.Scaffolding;

namespace InspectionSite.Commands;

/// <summary>
/// The "new" verbs: a meeting's file from the office's template, or a report's or inspection's row and Markdown body.
/// They never overwrite: an existing file or a taken ID is refused with exit code 2 and nothing written.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a new meeting, report or inspection from the templates in input/templates/.");
        command.Subcommands.Add(Meeting());
        command.Subcommands.Add(Row("report", "reports"));
        command.Subcommands.Add(Row("inspection", "inspections"));
        return command;
    }

    public static Option<string> InputOption() => new("--input") { Description = "The folder of CSV and Markdown sources.", DefaultValueFactory = _ => "input" };

    private static Command Meeting()
    {
        var input = InputOption();
        var date = new Argument<string>("date") { Description = "The meeting's date, e.g. 2022-12-15." };
        var command = new Command("meeting", "Write meetings/<date>.md from templates/meeting.md.") { date, input };
        command.SetAction(result => Scaffold.NewMeeting(result.GetValue(input)!, result.GetValue(date)!).Report());
        return command;
    }

    private static Command Row(string name, string table)
    {
        var input = InputOption();
        var id = new Argument<string>("id") { Description = $"The new {name}'s ID, e.g. finding-time-for-crime." };
        var meeting = new Option<string?>("--meeting") { Description = "The meeting whose paper it comes from (its date, e.g. 2022-09-29): fills the row's source." };
        var command = new Command(name, $"Add a row with the ID to {table}.csv, keeping the file's encoding and line endings, and write {table}/<id>.md from templates/{name}.md.")
            { id, input, meeting };
        command.SetAction(result => Scaffold.NewRow(result.GetValue(input)!, table, result.GetValue(id)!, result.GetValue(meeting)).Report());
        return command;
    }
}
