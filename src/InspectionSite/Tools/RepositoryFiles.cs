namespace InspectionSite.Tools;

/// <summary>Finds a file or folder of the checkout (netlify.toml, theme/assets) from wherever the generator runs.</summary>
public static class RepositoryFiles
{
    /// <summary>The first match above the current folder, else above the generator's own files; null if none.</summary>
    public static string? Find(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
            }
        return null;
    }
}
