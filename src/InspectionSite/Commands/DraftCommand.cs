using System.CommandLine;
using InspectionSite.Scaffolding;

namespace InspectionSite.Commands;

/// <summary>The "draft" verb: a first version of a meeting file from its paper, with a review and proposed rows, in drafts/.</summary>
public static class DraftCommand
{
    public static Command Create()
    {
        var input = NewCommand.InputOption();
        var paper = new Argument<string>("paper") { Description = "The paper: a PDF (input/meetings/2022-12-15.pdf) or its text (.txt), named after the meeting's date." };
        var drafts = new Option<string?>("--drafts") { Description = "The folder the draft is written to (default: drafts/ beside the input folder, which the build never reads)." };
        var command = new Command("draft", "Draft a meeting file from its paper, list the facts found with their sentences, and propose rows for new ones. Writes only into drafts/.")
            { paper, input, drafts };
        command.SetAction(result => DraftPaper.Run(result.GetValue(paper)!, result.GetValue(input)!, result.GetValue(drafts)).Report());
        return command;
    }
}
