using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Output;
using InspectionSite.Rendering;

namespace InspectionSite.Pipeline;

/// <summary>
/// The whole build, one stage after another in the order the data flows: each stage's type says what it takes and
/// what it makes, and <see cref="BuildPipeline"/> hands each the outputs of those above it. The preview's incremental
/// build puts a cache in front of some of them (Incremental/BuildCache.cs); the stages themselves never ask.
/// </summary>
public sealed record BuildStages(
    IStage<string, Sources> Read,                                                                           // input/ and the theme → rows, Markdown, styles, scripts
    IStage<ContentSet, SiteModel> Link,                                                                     // → the checked site model, Markdown rendered
    IStage<(SiteModel Site, ThemeAssets Theme), SiteTables> Tables,                                         // → open-data tables, item-table rows
    IStage<(SiteModel Site, ThemeAssets Theme, SiteTables Tables), IReadOnlyList<PageSpec>> Pages,          // → every page and what it shows
    IStage<(SiteModel Site, ThemeAssets Theme, IReadOnlyList<PageSpec> Pages), IReadOnlyList<OutputFile>> Render, // → every page's HTML, the theme's files
    IStage<(SiteModel Site, IReadOnlyList<PageSpec> Pages, IReadOnlyList<DataTable> OpenData), IReadOnlyList<OutputFile>> DataAndFeeds, // → sitemap, feed, open data, redirects, beside render
    IStage<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> CheckLinks,                                // every link lands on a page and an anchor
    IStage<IReadOnlyList<OutputFile>, StagedSite> Write,                                                    // → a staging folder beside output/
    IStage<StagedSite, int> SearchIndex,                                                                    // → Pagefind's index, in the staging folder
    IStage<StagedSite, string> Publish)                                                                     // → output/
{
    /// <summary>The stages of one build; problems with the input go into <paramref name="diagnostics"/>.</summary>
    public static BuildStages For(BuildOptions options, DiagnosticBag diagnostics) => new(
        new ReadInput(diagnostics, options.ThemeAssetsFolder, ReadInput.ReadPackaged),
        new LinkSite(options, diagnostics),
        new MakeTables(),
        new ListPages(),
        new RenderPages(),
        new MakeDataAndFeeds(),
        CheckSiteLinks.For(options, diagnostics),
        new WriteFiles(new OutputFolder(options.OutputFolder)),
        new IndexForSearch(),
        new PublishSite());
}
