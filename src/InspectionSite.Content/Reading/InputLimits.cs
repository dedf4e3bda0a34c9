namespace InspectionSite.Content.Reading;

/// <summary>
/// The largest sources the build accepts. A national site's biggest CSV is a few megabytes; far beyond
/// these limits a file is almost certainly a mistake (a wrong export, a runaway quote), and reading it
/// whole would only exhaust memory.
/// </summary>
public static class InputLimits
{
    public const long MaxCsvBytes = 20 * 1024 * 1024;
    public const long MaxMarkdownBytes = 2 * 1024 * 1024;

    /// <summary>One CSV record; an unclosed quotation mark would otherwise swallow the rest of the file.</summary>
    public const int MaxCsvRecordBytes = 1024 * 1024;

    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.0} MB" : $"{bytes / 1024.0:0} KB";
}
