using InspectionSite.Checking;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Output;
using InspectionSite.Rendering;
using InspectionSite.Search;
using InspectionSite.Theme;
using InspectionSite.Tools;

namespace InspectionSite.Pipeline;

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(ContentSet Content, int PageCount, int FileCount, int SearchPageCount, StageTimings Timings, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// The whole build, one stage after another: read the input, link it into a site model, render
/// every page, check every link, write, index for search. Any stage that finds problems stops the build before the
/// output folder is touched, and reports every problem it found (<see cref="InputException"/>).
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    public BuildResult Run()
    {
        var output = new OutputFolder(options.OutputFolder);
        if (output.Problem(options.InputFolder) is { } problem) throw new ArgumentException(problem);
        if (!Directory.Exists(options.InputFolder)) throw new ArgumentException($"The input folder '{options.InputFolder}' does not exist.");
        if (options.BaseUrl is { } baseUrl && !Routes.IsWebAddress(baseUrl)) throw new ArgumentException($"--base-url: '{baseUrl}' is not a web address; write it in full, e.g. https://example.org.");

        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();

        var content = timings.Time("read", () => new InputReader(options.InputFolder, diagnostics).Read());
        diagnostics.ThrowIfAny();
        var routes = new Routes(options.BasePath, options.BaseUrl ?? content.Site.BaseUrl);
        var site = timings.Time("link", () => new SiteLinker(routes, options.AsOf, diagnostics).Link(content));
        diagnostics.ThrowIfAny();

        var assets = new ThemeAssets(typeof(PageContext).Assembly, PackagedAssets.From(NodePackages.Locate()));
        var pages = SitePages.Of(site!, assets.Paths);
        var files = timings.Time("render", () => PageRenderer.RenderAll(pages)
            .Concat(assets.All.Select(a => new OutputFile(a.Path.TrimStart('/'), a.Content)))
            .ToList());
        timings.Time("check links", () => LinkChecker.Check(files, routes.BasePath, diagnostics));
        diagnostics.ThrowIfAny();

        using var staged = timings.Time("write", () => output.Stage(files));
        var searchPages = timings.Time("search index", () => new SearchIndexer(NodePackages.Locate()).Index(staged.Folder));
        timings.Time("publish", staged.Publish);
        return new BuildResult(content, pages.Count, files.Count, searchPages, timings, diagnostics.Warnings());
    }
}
