namespace InspectionSite.Tests.Support;

/// <summary>Small edits to a copy of the input, as an editor might make them by mistake.</summary>
public static class InputEdits
{
    /// <summary>Appends a line and returns its 1-based line number.</summary>
    public static int AppendLine(string file, string line)
    {
        var text = File.ReadAllText(file);
        if (!text.EndsWith('\n')) text += "\n";
        File.WriteAllText(file, text + line + "\n");
        return text.Count(c => c == '\n') + 1;
    }

    /// <summary>Replaces the first occurrence of a text and returns the 1-based line it is on.</summary>
    public static int Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found in {file}");
        File.WriteAllText(file, text[..at] + to + text[(at + from.Length)..]);
        return text[..at].Count(c => c == '\n') + 1;
    }
}
