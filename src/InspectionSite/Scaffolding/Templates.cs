namespace InspectionSite.Scaffolding;

/// <summary>
/// The office's templates for new files, in input/templates/ (like Hugo's archetypes): plain files an editor can
/// change, with {{placeholders}} filled in. The build never reads that folder.
/// </summary>
public static class Templates
{
    public const string Folder = "templates";

    /// <summary>The template filled in, or null with the reason when it is missing.</summary>
    public static (string? Text, string? Problem) Fill(string inputFolder, string name, IReadOnlyDictionary<string, string> values)
    {
        var path = Path.Combine(inputFolder, Folder, name);
        if (!File.Exists(path))
            return (null, $"{Display(path)}: the template is missing. Fix: restore it from the project's input/templates/ folder, or write your own.");
        var text = Content.Reading.SourceText.Read(path);
        foreach (var (key, value) in values) text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        return (text, null);
    }

    /// <summary>A path as the editor would type it: relative to the folder they work in, with forward slashes.</summary>
    public static string Display(string path) =>
        (Path.IsPathRooted(path) && Path.GetRelativePath(Environment.CurrentDirectory, path) is { } relative && !relative.StartsWith("..") ? relative : path).Replace('\\', '/');
}
