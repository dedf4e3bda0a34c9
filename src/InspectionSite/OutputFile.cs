namespace InspectionSite;

/// <summary>
/// One file of the site, ready to write: its path under the output folder and its bytes. Rendering, publishing and
/// the theme make them; checking, writing and the preview read them.
/// </summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>
    /// Whether two builds' files have the same paths in the same order. The preview keeps an unchanged file as the
    /// very same object, so then only the files that are new objects need a look.
    /// </summary>
    public static bool SamePaths(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> now)
    {
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++)
            if (!ReferenceEquals(before[i], now[i]) && before[i].Path != now[i].Path) return false;
        return true;
    }
}
