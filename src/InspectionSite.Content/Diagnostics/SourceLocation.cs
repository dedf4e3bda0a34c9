namespace InspectionSite.Content.Diagnostics;

/// <summary>A place in an input file, 1-based, as editors see it in their editor or in Excel.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
