namespace InspectionSite.Tools;

/// <summary>A program the build runs (npm, Node.js, Pagefind) is missing or failed; the message says what to do.</summary>
public sealed class ToolException(string message) : Exception(message);
