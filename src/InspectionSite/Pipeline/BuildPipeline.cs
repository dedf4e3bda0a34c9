using InspectionSite.Checking;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Incremental;
using InspectionSite.Output;
using InspectionSite.Publishing;
using InspectionSite.Rendering;
using InspectionSite.Search;
using InspectionSite.Tools;
using InspectionSite.Theme;

namespace InspectionSite.Pipeline;

/// <summary>A site that passed every check, held in memory, not yet written; warnings say what it left out and why.</summary>
public sealed record ProducedSite(ContentSet Content, IReadOnlyList<OutputFile> Files, int PageCount, StageTimings Timings, IReadOnlyList<Diagnostic> Warnings);

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(ContentSet Content, int PageCount, int FileCount, int SearchPageCount, StageTimings Timings, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// The whole build, one stage after another: read the input, link it into a site model, render
/// every page, check every link, write, index for search. Any stage that finds problems stops the build before the
/// output folder is touched, and reports every problem it found (<see cref="InputException"/>).
/// <see cref="Produce"/> runs every stage up to the writing, so that "check" and "preview" share them.
/// With a <see cref="BuildCache"/> (the preview keeps one), each stage skips the work that an unchanged input allows.
/// </summary>
public sealed class BuildPipeline(BuildOptions options, BuildCache? cache = null)
{
    /// <summary>The Markdown every body is rendered with: its headings keep clear of the ids the theme writes.</summary>
    public static SiteMarkdown Markdown { get; } = new(PageIds.ForHeadings);

    public BuildResult Run()
    {
        var output = OutputFolder();
        return Write(Produce(), output, releaseFiles: true);
    }

    /// <summary>The output folder, refused when replacing it whole could delete the sources.</summary>
    public OutputFolder OutputFolder()
    {
        var output = new OutputFolder(options.OutputFolder);
        if (output.Problem(options.InputFolder) is { } problem) throw new ArgumentException(problem);
        return output;
    }

    /// <summary>Reads, links, renders and checks the site; writes nothing.</summary>
    public ProducedSite Produce()
    {
        if (!Directory.Exists(options.InputFolder)) throw new ArgumentException($"The input folder '{options.InputFolder}' does not exist.");

        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();

        var content = timings.Time("read", () => new InputReader(options.InputFolder, diagnostics, cache?.Tables, cache?.Files).Read());
        diagnostics.ThrowIfAny();
        var routes = new Routes(options.BasePath, options.BaseUrl ?? content.Site.BaseUrl);
        var linker = new SiteLinker(routes, PageKinds.AllRoutes, options.AsOf, diagnostics, Markdown, cache?.Markdown);
        var site = timings.Time("link", () => cache is null ? linker.Link(content) : cache.Link(content, linker))!;
        diagnostics.ThrowIfAny();

        static IReadOnlyList<(string Name, byte[] Content)> ReadPackaged() => PackagedAssets.From(NodePackages.Locate());
        var packaged = cache is null ? ReadPackaged() : cache.Packaged(ReadPackaged);
        var assets = options.ThemeAssetsFolder is { } folder
            ? ThemeAssets.FromFolder(folder, packaged)
            : new ThemeAssets(typeof(PageContext).Assembly, packaged);
        var openData = timings.Time("data tables", () => cache is null ? OpenDataTables.Of(site) : cache.OpenData(site));
        var itemRows = timings.Time("render rows", () => cache is null ? ItemRows.Render(site, assets.Paths, site.Recommendations) : cache.ItemRows(site, assets.Paths));
        var pages = SitePages.Of(site, assets.Paths, openData, itemRows);
        var toRender = cache is null ? pages : timings.Time("compare", () => cache.PagesToRender(pages, site, assets.Paths));
        var files = timings.Time("render", () => (cache is null ? PageRenderer.RenderAll(pages) : cache.Render(pages, toRender))
            .Concat(assets.All.Select(a => new OutputFile(a.Path.TrimStart('/'), a.Content)))
            .ToList());
        files.AddRange(timings.Time("data, feeds", () => cache is null ? MachineReadableFiles.Of(site, pages, openData) : cache.MachineReadable(site, pages, openData)));
        timings.Time("check links", () =>
        {
            if (cache is null) LinkChecker.Check(files, routes.BasePath, diagnostics);
            else cache.CheckLinks(files, routes.BasePath, diagnostics);
        });
        diagnostics.ThrowIfAny();
        MachineReadableFiles.WarnIfNoAddress(routes, Path.Combine(options.InputFolder, InputReader.SiteFile).Replace('\\', '/'), diagnostics);
        cache?.Remember(content, site, assets.Paths, files);
        return new ProducedSite(content, files, pages.Count, timings, diagnostics.Warnings());
    }

    /// <summary>Stages the files beside the output folder, indexes them for search, then swaps them in.</summary>
    /// <param name="releaseFiles">
    /// Nothing else holds the site's files, so their memory is given back once they are staged: Pagefind needs more
    /// than the whole build before it, and this process waits beside it (at 10k, from about 600 MB to 370 MB, in 90 ms).
    /// </param>
    public static BuildResult Write(ProducedSite site, OutputFolder output, bool releaseFiles = false)
    {
        using var staged = site.Timings.Time("write", () => output.Stage(site.Files));
        var fileCount = site.Files.Count;
        if (releaseFiles)
        {
            site = site with { Files = [] };
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        var searchPages = site.Timings.Time("search index", () => SearchIndexer.Index(staged.Folder));
        site.Timings.Time("publish", staged.Publish);
        return new BuildResult(site.Content, site.PageCount, fileCount, searchPages, site.Timings, site.Warnings);
    }
}
