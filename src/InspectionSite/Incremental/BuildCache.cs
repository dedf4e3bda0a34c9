using InspectionSite.Content.Markdown;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;

namespace InspectionSite.Incremental;

/// <summary>
/// What one process (the preview) keeps from build to build, so that a build after an edit does only the work the
/// edit calls for. It runs the build's own stages (<see cref="BuildStages"/>), with a cache in front of these:
/// <list type="bullet">
/// <item>read: a CSV file whose bytes have not changed is not parsed again, and one changed in a few rows has only those parsed (<see cref="CsvTableCache"/>);
/// a Markdown file whose size and time of last change are the same is not read again (<see cref="SourceFileCache"/>);
/// the files the theme takes from npm packages are read once;</item>
/// <item>link: Markdown whose text has not changed is not rendered again (<see cref="MarkdownCache"/>), and when nothing but
/// Markdown text, items' words and progress rows changed, the last site model is kept with those made again (<see cref="CachedLink"/>);</item>
/// <item>tables: only the open-data tables and item-table rows that show a changed row are made again (<see cref="CachedTables"/>);</item>
/// <item>render: only the pages that show a changed row or body are rendered again (<see cref="CachedRender"/>);</item>
/// <item>data, feeds: the sitemap and the feed are made again only when a row they show changed (<see cref="CachedDataAndFeeds"/>);</item>
/// <item>check links: only the links such pages can break are checked again (<see cref="CachedCheckLinks"/>).</item>
/// </list>
/// Each cached stage starts from the last build that passed (<see cref="LastBuild"/>) and from what changed since
/// (<see cref="Rebuild"/>). Nothing is remembered from a build that fails.
/// </summary>
public sealed class BuildCache
{
    private readonly CsvTableCache _tables = new();
    private readonly SourceFileCache _files = new();
    private readonly MarkdownCache _markdown = new();
    private IReadOnlyList<(string Name, byte[] Content)>? _packaged;
    private LastBuild? _last;

    /// <summary>The paths of the pages the last build rendered.</summary>
    public IReadOnlyList<string> PagesRendered { get; private set; } = [];

    /// <summary>
    /// Collects what the builds before left behind, for a caller with a moment when nothing waits (the preview, a second
    /// after a rebuild). The cache holds the last build, so a rebuild's objects live until the next one: at 10,000 items each
    /// rebuild leaves about 56 MB behind, and a collection that falls during a rebuild stops it for 15–120 ms.
    /// </summary>
    public static void CollectBetweenBuilds() => GC.Collect(1, GCCollectionMode.Forced, blocking: true);

    /// <summary>
    /// Collects every generation, for the preview once its first build and warm-up are done and nothing waits: the first
    /// build's model and pages (a gigabyte at 10,000 items) are garbage once a later build is kept, and were otherwise
    /// collected in the background during the first edit's rebuild (at 10k, three starts each: the first edit took
    /// 291–402 ms without this, 200–362 ms with it).
    /// </summary>
    public static void CollectAfterWarmUp() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>Renders every page again at the next build: for when the theme itself changes.</summary>
    public void ForgetPages() => _last = null;

    /// <summary>Reads, links, renders and checks the site as <see cref="BuildPipeline.Produce"/> does, doing again only what changed since the last build that passed.</summary>
    public ProducedSite Produce(BuildOptions options)
    {
        var rebuild = new Rebuild(_last);
        var site = new BuildPipeline(options, (stages, diagnostics) => stages with
        {
            Read = new ReadInput(diagnostics, options.ThemeAssetsFolder, () => _packaged ??= ReadInput.ReadPackaged(), _tables, _files),
            Link = new CachedLink(new LinkSite(options, diagnostics, _markdown), rebuild),
            Tables = new CachedTables(stages.Tables, rebuild),
            Render = new CachedRender(stages.Render, rebuild),
            DataAndFeeds = new CachedDataAndFeeds(stages.DataAndFeeds, rebuild),
            CheckLinks = new CachedCheckLinks(CheckSiteLinks.For(options, diagnostics), rebuild),
        }).Produce();
        (_last, PagesRendered) = (rebuild.Passed(site), rebuild.PagesRendered);
        return site;
    }
}
