using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A free page such as the glossary or the accessibility statement.</summary>
public sealed record Page(string Id, string Title, string? Summary, MarkdownText Body, SourceLocation Source);
