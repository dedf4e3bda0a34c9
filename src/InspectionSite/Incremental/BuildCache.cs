using InspectionSite.Checking;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Publishing;
using InspectionSite.Rendering;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Incremental;

/// <summary>
/// What one process (the preview) keeps from build to build, so that a build after an edit does only the
/// work the edit calls for. <see cref="Pipeline.BuildPipeline"/> runs every stage as usual and asks this
/// cache at each, for builds with the same options:
/// <list type="bullet">
/// <item>read: a CSV file whose bytes have not changed is not parsed again, and one changed in a few rows has only those parsed (<see cref="CsvTableCache"/>);
/// a Markdown file whose size and time of last change are the same is not read again (<see cref="SourceFileCache"/>);</item>
/// <item>link: Markdown whose text has not changed is not rendered again (<see cref="MarkdownCache"/>), and when nothing but
/// Markdown text, items' words and progress rows changed, the last site model is kept with the new bodies, items and
/// progress (<see cref="SiteModel.WithBodies"/>, <see cref="SiteModel.WithItems"/>, <see cref="SiteModel.WithProgress"/>);</item>
/// <item>render: only the item-table rows and the pages that show a changed row or body are rendered again (<see cref="ContentChanges"/>, <see cref="PagesByKey"/>);</item>
/// <item>data, feeds: an open-data table, the sitemap and the feed are made again only when a row they show changed (<see cref="DataDependencies"/>);</item>
/// <item>check links: only the links such pages can break are checked again.</item>
/// </list>
/// Nothing is remembered from a build that fails.
/// </summary>
public sealed class BuildCache
{
    private Built? _last;

    // What the build in progress has found out so far; kept by Remember when the build passes.
    private HashSet<string>? _rowChanges;
    private IReadOnlyList<DataTable>? _openData;
    private IReadOnlyList<OutputFile>? _machineReadable;
    private IReadOnlyDictionary<string, MarkupString>? _itemRows;
    private PagesByKey? _pagesByKey;
    private Dictionary<string, PageAnchors>? _scanned;
    private IReadOnlySet<string>? _existing;

    private sealed record Built(ContentSet Content, SiteModel Site, IReadOnlyDictionary<string, string> AssetPaths,
        IReadOnlyList<OutputFile> FileList, Dictionary<string, OutputFile> Files, Dictionary<string, PageAnchors> Anchors, IReadOnlySet<string> Existing,
        IReadOnlyList<DataTable> OpenData, IReadOnlyList<OutputFile> MachineReadable, PagesByKey? PagesByKey, IReadOnlyDictionary<string, MarkupString> ItemRows);

    public CsvTableCache Tables { get; } = new();

    public SourceFileCache Files { get; } = new();

    public MarkdownCache Markdown { get; } = new();

    private IReadOnlyList<(string Name, byte[] Content)>? _packaged;

    /// <summary>The files the theme takes from npm packages (Plotly, 4.6 MB), read once per preview session.</summary>
    public IReadOnlyList<(string Name, byte[] Content)> Packaged(Func<IReadOnlyList<(string Name, byte[] Content)>> read) => _packaged ??= read();

    /// <summary>How many pages the last build rendered.</summary>
    public int PagesRendered { get; private set; }

    /// <summary>Renders every page again at the next build: for when the theme itself changes.</summary>
    public void ForgetPages() => _last = null;

    /// <summary>
    /// Links the input. When only the text of Markdown, the items' text and addressee, and the progress rows changed
    /// since the last build, the last build's model is kept with the bodies rendered again, the items looked up afresh,
    /// and what the progress rows decide worked out again: nothing else derived from the rows can have changed.
    /// </summary>
    public SiteModel? Link(ContentSet content, SiteLinker linker)
    {
        var last = _last;
        _rowChanges = last is null ? null : ContentChanges.InRows(last.Content, content);
        return last is not null && ContentChanges.OnlyWordsAndProgressDiffer(last.Content, content)
            ? linker.Relink(content, last.Site,
                itemsChanged: !ReferenceEquals(last.Content.Recommendations, content.Recommendations),
                progressChanged: !ReferenceEquals(last.Content.Progress, content.Progress))
            : linker.Link(content);
    }

    /// <summary>
    /// The open-data tables, keeping the last build's of each table that nothing changed is written in (<see cref="DataDependencies"/>),
    /// and in the others the last build's rows whose values are the same.
    /// </summary>
    public IReadOnlyList<DataTable> OpenData(SiteModel site)
    {
        var (last, changes) = (_last, _rowChanges);
        return _openData = OpenDataTables.Of(site, last?.OpenData, name => changes is not null && !DataDependencies.OfTable(name).Any(changes.Contains));
    }

    /// <summary>
    /// Every item's row of the item tables (<see cref="Rendering.ItemRows"/>), keeping the last build's row of each item
    /// whose row shows nothing that changed: the item's own cells, its progress, its report. A change to the site's
    /// settings or to the meetings, whose dates order every item's history, renders them all again.
    /// </summary>
    public IReadOnlyDictionary<string, MarkupString> ItemRows(SiteModel site, IReadOnlyDictionary<string, string> assetPaths)
    {
        var (last, changes) = (_last, _rowChanges);
        if (last is null || changes is null || changes.Contains(ChangeKeys.Site) || changes.Contains(ChangeKeys.Meetings))
            return _itemRows = Rendering.ItemRows.Render(site, assetPaths, site.Recommendations);
        var known = last.ItemRows;
        if (!changes.Contains(ChangeKeys.Items) && !changes.Contains(ChangeKeys.Progress) && !changes.Contains(ChangeKeys.Reports)) return _itemRows = known;
        bool Shows(string key) => changes.Contains(key);
        var stale = site.Recommendations
            .Where(item => !known.ContainsKey(item.Id) || Shows(ChangeKeys.Item(item.Id)) || Shows(ChangeKeys.ProgressOf(item.Id))
                           || item.ReportId is { } report && Shows(ChangeKeys.Report(report)))
            .ToList();
        var fresh = Rendering.ItemRows.Render(site, assetPaths, stale);
        return _itemRows = site.Recommendations.ToDictionary(item => item.Id, item => fresh.TryGetValue(item.Id, out var row) ? row : known[item.Id], StringComparer.Ordinal);
    }

    /// <summary>The discovery files, the feed and the open data, keeping the last build's sitemap and feed while nothing they show changed.</summary>
    public IReadOnlyList<OutputFile> MachineReadable(SiteModel site, IReadOnlyList<PageSpec> pages, IReadOnlyList<DataTable> openData)
    {
        var (last, changes) = (_last, _rowChanges);
        return _machineReadable = MachineReadableFiles.Of(site, pages, openData, path =>
            last is not null && changes is not null && !DataDependencies.OfFile(path).Any(changes.Contains)
                ? last.MachineReadable.FirstOrDefault(f => f.Path == Routes.OutputFile(path)) : null);
    }

    /// <summary>The pages to render: all of them the first time, or when the theme's files change; afterwards those whose content changed, or that are new.</summary>
    public IReadOnlyList<PageSpec> PagesToRender(IReadOnlyList<PageSpec> pages, SiteModel site, IReadOnlyDictionary<string, string> assetPaths)
    {
        var last = _last;
        _pagesByKey = last?.PagesByKey is { } known && !PageDependencies.Structure.Overlaps(_rowChanges!) ? known : null;
        var samePages = _pagesByKey is not null; // while nothing that decides which pages there are changed, every page is one the last build had
        _pagesByKey ??= new PagesByKey(pages, site); // also at a build that renders every page, so that the first edit after it need not
        if (last is null || !SameAssets(last.AssetPaths, assetPaths)) return pages;
        var changed = _pagesByKey.Showing(_rowChanges!.Concat(ContentChanges.InBodies(last.Site, site)));
        return pages.Where(p => changed.Contains(p.Path) || !samePages && !last.Files.ContainsKey(Routes.OutputFile(p.Path))).ToList();
    }

    /// <summary>Every page's file: rendered now if it is in <paramref name="toRender"/>, otherwise as the last build rendered it.</summary>
    public IReadOnlyList<OutputFile> Render(IReadOnlyList<PageSpec> pages, IReadOnlyList<PageSpec> toRender)
    {
        PagesRendered = toRender.Count;
        var rendered = PageRenderer.RenderAll(toRender).ToDictionary(f => f.Path, StringComparer.Ordinal);
        return pages.Select(p => Routes.OutputFile(p.Path)).Select(path => rendered.TryGetValue(path, out var file) ? file : _last!.Files[path]).ToList();
    }

    /// <summary>
    /// Checks links as <see cref="LinkChecker"/> does, scanning only pages whose bytes are new. When the site has
    /// the same files as at the last build, only the pages whose bytes changed, and the pages whose links point at
    /// an anchor on one of them, can have a broken link, so only those are checked. A file kept from the last build
    /// is the very same object, so with the same files in the same order only the new objects are looked at.
    /// </summary>
    public void CheckLinks(IReadOnlyList<OutputFile> files, string basePath, DiagnosticBag diagnostics)
    {
        var last = _last;
        var sameFiles = last is not null && OutputFile.SamePaths(last.FileList, files);
        var scanned = sameFiles ? new Dictionary<string, PageAnchors>(last!.Anchors, StringComparer.Ordinal) : new Dictionary<string, PageAnchors>(StringComparer.Ordinal);
        var fresh = new List<OutputFile>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (sameFiles && ReferenceEquals(file, last!.FileList[i]) || !file.Path.EndsWith(".html", StringComparison.Ordinal)) continue;
            // A page rendered again may come out the same (the open-data page, at every build): its links and ids are as they were.
            if (last is not null && last.Files.TryGetValue(file.Path, out var old) && old.Content.AsSpan().SequenceEqual(file.Content))
                scanned[file.Path] = last.Anchors[file.Path];
            else fresh.Add(file);
        }
        var results = new PageAnchors[fresh.Count];
        Parallel.For(0, fresh.Count, i => results[i] = PageAnchors.Scan(fresh[i].Content));
        for (var i = 0; i < fresh.Count; i++) scanned[fresh[i].Path] = results[i];

        var existing = sameFiles ? last!.Existing : files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        IReadOnlySet<string>? only = null;
        if (last is not null && existing.SetEquals(last.Existing))
        {
            var changed = fresh.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            only = changed.Concat(scanned.Where(page => page.Value.AnchoredFiles(basePath).Overlaps(changed)).Select(page => page.Key)).ToHashSet(StringComparer.Ordinal);
        }
        LinkChecker.Check(scanned, existing, basePath, diagnostics, only);
        (_scanned, _existing) = (scanned, existing);
    }

    /// <summary>Keeps a build that passed every check, for the next one to start from.</summary>
    public void Remember(ContentSet content, SiteModel site, IReadOnlyDictionary<string, string> assetPaths, IReadOnlyList<OutputFile> files) =>
        _last = new Built(content, site, assetPaths, files, files.ToDictionary(f => f.Path, StringComparer.Ordinal), _scanned!, _existing!, _openData!, _machineReadable!, _pagesByKey, _itemRows!);

    private static bool SameAssets(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var path) && path == pair.Value);
}
