using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Rendering;
using InspectionSite.Theme;
using InspectionSite.Tools;

namespace InspectionSite.Pipeline;

/// <summary>What a site is made from: the input folder's rows and Markdown, and the theme's styles and scripts.</summary>
public sealed record Sources(ContentSet Content, ThemeAssets Theme);

/// <summary>
/// read: the input folder's CSV, YAML and Markdown, every cell checked as it is read (<see cref="InputReader"/>), then the
/// theme's styles and scripts (from <paramref name="themeFolder"/> when given, else from the theme assembly) with the files
/// it takes from npm packages. The caches are the preview's, so that it reads again only what changed; a build has none.
/// </summary>
public sealed class ReadInput(DiagnosticBag diagnostics, string? themeFolder, Func<IReadOnlyList<(string Name, byte[] Content)>> packaged,
    CsvTableCache? tables = null, SourceFileCache? files = null) : IStage<string, Sources>
{
    public string Name => "read";

    public Sources Run(string inputFolder)
    {
        var content = new InputReader(inputFolder, diagnostics, tables, files).Read();
        diagnostics.ThrowIfAny(); // the theme is read only for input that can be built
        // The logo is the one input file published as it is, so it is named and cached like the theme's files.
        IEnumerable<(string Name, byte[] Content)> logo = SiteLogo.NameOf(content.Site) is { } name
            ? [(name, File.ReadAllBytes(Path.Combine(inputFolder, content.Site.Logo!)))]
            : [];
        var theme = themeFolder is null
            ? new ThemeAssets(typeof(PageContext).Assembly, packaged().Concat(logo), content.Site)
            : ThemeAssets.FromFolder(themeFolder, packaged().Concat(logo), content.Site);
        return new Sources(content, theme);
    }

    /// <summary>The files the theme takes from npm packages (Plotly, 4.6 MB), read from node_modules.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> ReadPackaged() => PackagedAssets.From(NodePackages.Locate());
}
