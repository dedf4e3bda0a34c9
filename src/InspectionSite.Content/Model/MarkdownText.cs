namespace InspectionSite.Content.Model;

/// <summary>Markdown source with the file and line it starts on, so that problems inside it can be located.</summary>
public sealed record MarkdownText(string Source, string File, int FirstLine);
