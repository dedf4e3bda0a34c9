using InspectionSite.Content.Model;

namespace InspectionSite.Scaffolding;

/// <summary>What the "new" verbs make: a meeting's file, or a report's or inspection's row and Markdown body. Nothing is overwritten.</summary>
public static class Scaffold
{
    public static Outcome NewMeeting(string inputFolder, string dateText)
    {
        if (!UkDate.TryParse(dateText, out var date)) return Outcome.Refused($"'{dateText}' is not a date. Fix: write the meeting's date as {UkDate.Accepted}.");
        var id = UkDate.Iso(date);
        var path = Path.Combine(inputFolder, "meetings", id + ".md");
        if (File.Exists(path)) return Outcome.Refused($"{Templates.Display(path)} already exists; nothing was written. Fix: edit that file, or give another date.");
        var (text, problem) = Templates.Fill(inputFolder, "meeting.md", new Dictionary<string, string>
        {
            ["id"] = id,
            ["date"] = id,
            ["date_long"] = UkDate.Display(date),
        });
        if (problem is not null) return Outcome.Refused(problem);
        return WriteNew(path, text!, $"Wrote {Templates.Display(path)}. Next: fill in its front matter, put the paper's PDF beside it as {id}.pdf, or run: draft {Templates.Display(Path.ChangeExtension(path, ".pdf"))}");
    }

    /// <summary>A row with the ID (and its source meeting, if given) in reports.csv or inspections.csv, and the Markdown body beside it.</summary>
    public static Outcome NewRow(string inputFolder, string table, string id, string? meeting)
    {
        if (!Ids.IsValid(id)) return Outcome.Refused($"'{id}' is not a valid ID. Fix: {Ids.Rule}.");
        if (meeting is not null && !File.Exists(Path.Combine(inputFolder, "meetings", meeting + ".md")))
            return Outcome.Refused($"--meeting: there is no meeting file {Templates.Display(Path.Combine(inputFolder, "meetings", meeting + ".md"))}. Fix: give the meeting's ID (its date, 2022-09-29), or make it first with: new meeting {meeting}");
        var csv = Path.Combine(inputFolder, table + ".csv");
        var values = new Dictionary<string, string> { ["id"] = id };
        if (meeting is not null) values["source"] = meeting;
        if (CsvRowAppender.Append(csv, Templates.Display(csv), id, values, write: false) is { } cannot) return Outcome.Refused(cannot + " Nothing was written.");
        var body = Path.Combine(inputFolder, table, id + ".md");
        if (File.Exists(body)) return Outcome.Refused($"{Templates.Display(body)} already exists; nothing was written. Fix: choose another ID, or delete the file if it belongs to no row.");
        var (text, problem) = Templates.Fill(inputFolder, table.TrimEnd('s') + ".md", new Dictionary<string, string> { ["id"] = id });
        if (problem is not null) return Outcome.Refused(problem);
        if (CsvRowAppender.Append(csv, Templates.Display(csv), id, values) is { } refused) return Outcome.Refused(refused + " Nothing was written.");
        return WriteNew(body, text!, $"Added a row with the ID '{id}' to {Templates.Display(csv)} and wrote {Templates.Display(body)}. Next: fill in the row (a build or check names every cell still needed).");
    }

    private static Outcome WriteNew(string path, string text, string done)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Outcome.Refused($"{Templates.Display(path)} already exists; nothing was written.");
        }
        return Outcome.Done(done);
    }
}

/// <summary>What a command that writes files did, or why it refused.</summary>
public sealed record Outcome(int Exit, string Message)
{
    public static Outcome Done(string message) => new(0, message);

    public static Outcome Refused(string message) => new(2, message);

    /// <summary>Prints the message where it belongs and gives the exit code.</summary>
    public int Report()
    {
        (Exit == 0 ? Console.Out : Console.Error).WriteLine(Message);
        return Exit;
    }
}
