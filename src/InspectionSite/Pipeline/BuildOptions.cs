namespace InspectionSite.Pipeline;

/// <summary>What one build reads, where it writes, and the settings that shape addresses and dates.</summary>
public sealed record BuildOptions(string InputFolder, string OutputFolder, string? BaseUrl, string? BasePath, DateOnly AsOf);
