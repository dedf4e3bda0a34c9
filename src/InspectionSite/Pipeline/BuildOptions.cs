namespace InspectionSite.Pipeline;

/// <summary>
/// What one build reads, where it writes, and the settings that shape addresses and dates.
/// <see cref="ThemeAssetsFolder"/> reads the theme's styles and scripts from disk instead of the theme assembly.
/// </summary>
public sealed record BuildOptions(string InputFolder, string OutputFolder, string? BaseUrl, string? BasePath, DateOnly AsOf, string? ThemeAssetsFolder = null);
