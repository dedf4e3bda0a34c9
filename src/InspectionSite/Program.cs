using System.CommandLine;
using InspectionSite.Commands;

var root = new RootCommand("Builds the HMICFRS inspections and recommendations website from the CSV and Markdown files in input/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    PreviewCommand.Create(),
    NewCommand.Create(),
    DraftCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
