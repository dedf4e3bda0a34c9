using System.Runtime.CompilerServices;
using InspectionSite.Content.Charts;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Output;
using InspectionSite.Publishing;
using InspectionSite.Rendering;

namespace InspectionSite.Pipeline;

/// <summary>
/// A site that passed every check, held in memory, not yet written: what each stage made (the incremental build keeps
/// it, to start the next build from), and warnings that say what it left out and why.
/// </summary>
public sealed record ProducedSite(ContentSet Content, SiteModel Site, ThemeAssets Theme, SiteTables Tables, IReadOnlyList<PageSpec> Pages,
    IReadOnlyList<OutputFile> Files, StageTimings Timings, IReadOnlyList<Diagnostic> Warnings)
{
    public int PageCount => Pages.Count;
}

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(ContentSet Content, int PageCount, int FileCount, int SearchPageCount, StageTimings Timings, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// One build: runs the <see cref="BuildStages"/> in order, handing each the outputs of those above it and timing it.
/// A stage that finds problems stops the build before the output folder is touched, and reports every problem it found
/// (<see cref="InputException"/>). <see cref="Produce"/> runs every stage up to the writing, so that "check" and "preview" share them.
/// </summary>
public sealed class BuildPipeline
{
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly BuildStages _stages;

    /// <param name="cached">Puts a cache in front of some of the stages: the preview's (Incremental/BuildCache.cs).</param>
    public BuildPipeline(BuildOptions options, Func<BuildStages, DiagnosticBag, BuildStages>? cached = null)
    {
        _options = options;
        var stages = BuildStages.For(options, _diagnostics);
        _stages = cached is null ? stages : cached(stages, _diagnostics);
    }

    /// <remarks>
    /// Once the files are staged nothing needs the produced site, so its memory is given back (a full, compacting
    /// collection) before Pagefind starts: Pagefind needs more than the whole build before it, and this process waits
    /// beside it (at 10k, from about 600 MB to 370 MB, in 90 ms).
    /// </remarks>
    public BuildResult Run()
    {
        OpenOutputFolder();
        var (staged, written) = ProduceAndStage();
        using (staged)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return IndexAndPublish(staged, written);
        }
    }

    /// <summary>
    /// The produced site is referred to from this call's frame only. Code the runtime has not yet optimised keeps every
    /// argument and temporary of a method alive until the method returns, even one set to null, so the collection that
    /// frees the site must come after this call, in its caller.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (StagedSite Staged, BuildResult Written) ProduceAndStage() => Stage(Produce());

    /// <summary>
    /// The output folder, refused when replacing it whole could delete the sources, and put back as it was if a build
    /// was killed while publishing; whatever killed builds left beside it is deleted.
    /// </summary>
    public OutputFolder OpenOutputFolder()
    {
        var output = new OutputFolder(_options.OutputFolder);
        if (output.Problem(_options.InputFolder) is { } problem) throw new ArgumentException(problem);
        output.RecoverFromKilledBuilds();
        return output;
    }

    /// <summary>Reads, links, renders and checks the site; writes nothing.</summary>
    public ProducedSite Produce()
    {
        if (!Directory.Exists(_options.InputFolder)) throw new ArgumentException($"The input folder '{_options.InputFolder}' does not exist.");
        var timings = new StageTimings();
        TOut Run<TIn, TOut>(IStage<TIn, TOut> stage, TIn input)
        {
            var output = timings.Time(stage.Name, () => stage.Run(input));
            _diagnostics.ThrowIfAny();
            return output;
        }

        // Plotly.NET's first figure costs a few hundred milliseconds of start-up (its F# and JSON code compiled on
        // first use), so that first figure is made on another core while the input is read and linked.
        _ = Task.Run(FigureJson.WarmUp);
        var (content, theme) = Run(_stages.Read, _options.InputFolder);
        var site = Run(_stages.Link, content);
        var tables = Run(_stages.Tables, (site, theme));
        var pages = Run(_stages.Pages, (site, theme, tables));
        // The data files and feeds need only the list of pages, so they are made on the other core while the pages render
        // (after a one-row edit in the preview, render is mostly one page, the home page, on one core).
        var (rendered, data) = SideBySide(() => Run(_stages.Render, (site, theme, pages)), () => Run(_stages.DataAndFeeds, (site, pages, tables.OpenData)));
        var files = Run(_stages.CheckLinks, [.. rendered, .. data]);
        MachineReadableFiles.WarnIfNoAddress(site.Routes, Path.Combine(_options.InputFolder, SiteSettings.FileName).Replace('\\', '/'), _diagnostics);
        return new ProducedSite(content, site, theme, tables, pages, files, timings, _diagnostics.Warnings());
    }

    /// <summary>Runs two pieces of work at once and returns when both are done; an exception from either is thrown as it was, the first's first.</summary>
    private static (T1, T2) SideBySide<T1, T2>(Func<T1> first, Func<T2> second)
    {
        var other = Task.Run(second);
        try
        {
            return (first(), other.GetAwaiter().GetResult());
        }
        finally
        {
            // When the first throws, the second still finishes before the build goes on to report it.
            try { other.Wait(); } catch (AggregateException) { }
        }
    }

    /// <summary>Stages the files beside the output folder, indexes them for search, then swaps them in.</summary>
    public BuildResult Write(ProducedSite site)
    {
        var (staged, written) = Stage(site);
        using (staged) return IndexAndPublish(staged, written);
    }

    private (StagedSite Staged, BuildResult Written) Stage(ProducedSite site)
    {
        var staged = site.Timings.Time(_stages.Write.Name, () => _stages.Write.Run(site.Files));
        return (staged, new BuildResult(site.Content, site.PageCount, site.Files.Count, 0, site.Timings, site.Warnings));
    }

    private BuildResult IndexAndPublish(StagedSite staged, BuildResult written)
    {
        var searchPages = written.Timings.Time(_stages.SearchIndex.Name, () => _stages.SearchIndex.Run(staged));
        written.Timings.Time(_stages.Publish.Name, () => _stages.Publish.Run(staged));
        return written with { SearchPageCount = searchPages };
    }
}
