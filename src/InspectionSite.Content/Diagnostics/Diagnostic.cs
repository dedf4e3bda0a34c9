namespace InspectionSite.Content.Diagnostics;

/// <summary>One problem in the input: where it is, what is wrong, and how to put it right.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message, string Fix)
{
    public override string ToString() => $"{Location}: {Message} Fix: {Fix}";
}
