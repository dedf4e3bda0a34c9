using System.Runtime.CompilerServices;
using System.Reflection;
using System.Security.Cryptography;
using InspectionSite.Content.Model;
using InspectionSite.Theme;

namespace InspectionSite.Rendering;

/// <summary>One theme file as published: its fingerprinted path and its bytes.</summary>
public sealed record Asset(string Name, string Path, byte[] Content);

/// <summary>
/// The theme's styles and scripts, embedded in the theme assembly, and the files the site publishes from
/// npm packages (plotly.js), and the stylesheet made from site.yml. Each is published under a name that carries a hash of its content, so
/// browsers may cache it for a year and still never see a stale copy.
/// </summary>
public sealed class ThemeAssets
{
    private const string Prefix = "assets/";

    /// <param name="packaged">Files from npm packages, by the name pages ask for, e.g. "vendor/plotly-basic.min.js".</param>
    /// <param name="site">The settings the site's own stylesheet is made from (the brand colour).</param>
    public ThemeAssets(Assembly theme, IEnumerable<(string Name, byte[] Content)> packaged, SiteInfo site)
        : this(Embedded(theme).Concat(packaged), site)
    {
    }

    private ThemeAssets(IEnumerable<(string Name, byte[] Content)> files, SiteInfo site)
    {
        All = files
            .Append(BrandStylesheet.Of(site))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new Asset(f.Name, Fingerprinted(f.Name, f.Content), f.Content))
            .ToList();
        Paths = All.ToDictionary(a => a.Name, a => a.Path);
    }

    /// <summary>The theme's files read from theme/assets on disk, so that the preview shows a style edit without recompiling.</summary>
    public static ThemeAssets FromFolder(string folder, IEnumerable<(string Name, byte[] Content)> packaged, SiteInfo site) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file)))
            .Concat(packaged), site);

    public IReadOnlyList<Asset> All { get; }

    /// <summary>The theme's files that are also published at the site's root, where browsers ask for them unprompted.</summary>
    public IEnumerable<OutputFile> RootFiles => All.Where(a => a.Name == "favicon.ico").Select(a => new OutputFile(a.Name, a.Content));

    /// <summary>Source name ("styles/site.css") to published path ("/assets/styles/site.1a2b3c4d5e.css").</summary>
    public IReadOnlyDictionary<string, string> Paths { get; }

    private static IEnumerable<(string Name, byte[] Content)> Embedded(Assembly theme) =>
        theme.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(resource =>
            {
                using var stream = theme.GetManifestResourceStream(resource)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (resource[Prefix.Length..], memory.ToArray());
            });

    /// <summary>Each file's hash, worked out once per content array: the preview reads the packaged files once, and builds assets from them at every rebuild.</summary>
    private static readonly ConditionalWeakTable<byte[], string> Hashes = new();

    private static string Fingerprinted(string name, byte[] content)
    {
        var hash = Hashes.GetValue(content, bytes => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]);
        var extension = System.IO.Path.GetExtension(name);
        return $"/{Prefix}{name[..^extension.Length]}.{hash}{extension}";
    }
}
