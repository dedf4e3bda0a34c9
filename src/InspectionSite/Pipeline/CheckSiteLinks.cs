using InspectionSite.Checking;
using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Pipeline;

/// <summary>
/// check links: proves, before anything is written, that every link between pages of the site and every #anchor lands
/// somewhere (<see cref="LinkChecker"/>). Its output is its input, checked.
/// </summary>
/// <param name="basePath">The sub-folder the site is built for ("" or "/folder"), which every link within the site starts with.</param>
public sealed class CheckSiteLinks(string basePath, DiagnosticBag diagnostics) : IStage<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>>
{
    public static CheckSiteLinks For(BuildOptions options, DiagnosticBag diagnostics) => new(new Content.Site.Routes(options.BasePath).BasePath, diagnostics);

    public string Name => "check links";

    public string BasePath => basePath;

    public IReadOnlyList<OutputFile> Run(IReadOnlyList<OutputFile> files)
    {
        LinkChecker.Check(files, basePath, diagnostics);
        return files;
    }

    /// <summary>Checks the links on pages already scanned (or only on <paramref name="only"/>), against every file the site will have.</summary>
    public void Check(IReadOnlyDictionary<string, PageAnchors> pages, IReadOnlySet<string> existing, IReadOnlySet<string>? only) =>
        LinkChecker.Check(pages, existing, basePath, diagnostics, only);
}
