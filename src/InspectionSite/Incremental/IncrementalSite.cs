using InspectionSite.Checking;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Output;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;
using InspectionSite.Theme;

namespace InspectionSite.Incremental;

/// <summary>What one incremental build did: how many pages it rendered again, and which files it wrote or removed.</summary>
public sealed record IncrementalResult(int PageCount, int PagesRendered, IReadOnlyList<string> Written, IReadOnlyList<string> Removed,
    StageTimings Timings, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// Builds the site, then keeps what it built in memory, so that each later build (the preview's, after an
/// edit) renders again only the pages whose content changed and writes only the files that differ. The
/// first build is a normal full build. Later ones read the input again, parsing only the CSV files whose bytes
/// changed, link it, take unchanged Markdown from a cache, and compare rows with the last build's to
/// find the pages to render (<see cref="ContentChanges"/>, <see cref="PageDependencies"/>). Every link that
/// the change could break is checked. A build that finds problems changes nothing, in memory or on disk.
/// </summary>
public sealed class IncrementalSite(BuildOptions options)
{
    private readonly MarkdownCache _markdown = new();
    private readonly CsvTableCache _tables = new();
    private readonly ThemeAssets _assets = new(typeof(PageContext).Assembly);
    private readonly Routes _routes = new(options.BasePath);
    private Built? _last;

    private sealed record Built(ContentSet Content, SiteModel Site, Dictionary<string, OutputFile> Files, Dictionary<string, PageAnchors> Anchors);

    public IncrementalResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();

        var content = timings.Time("read", () => new InputReader(options.InputFolder, diagnostics, _tables).Read());
        diagnostics.ThrowIfAny();
        var site = timings.Time("link", () => new SiteLinker(_routes, options.AsOf, diagnostics, _markdown).Link(content))!;
        diagnostics.ThrowIfAny();

        var pages = SitePages.Of(site, _assets.Paths);
        var stale = timings.Time("compare", () =>
        {
            var changed = _last is null ? null : ContentChanges.Between(_last.Content, content, _last.Site, site);
            return pages
                .Where(p => changed is null || !_last!.Files.ContainsKey(Routes.OutputFile(p.Path)) || PageDependencies.Of(p, site).Any(changed.Contains))
                .ToList();
        });
        var rendered = timings.Time("render", () => PageRenderer.RenderAll(stale));

        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var asset in _assets.All) files[asset.Path.TrimStart('/')] = new OutputFile(asset.Path.TrimStart('/'), asset.Content);
        foreach (var page in pages)
        {
            var path = Routes.OutputFile(page.Path);
            if (_last?.Files.TryGetValue(path, out var kept) == true) files[path] = kept;
        }
        foreach (var file in rendered) files[file.Path] = file;

        var anchors = timings.Time("check links", () =>
        {
            var scanned = new Dictionary<string, PageAnchors>(StringComparer.Ordinal);
            foreach (var file in files.Values.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
                if (_last?.Anchors.TryGetValue(file.Path, out var known) == true && ReferenceEquals(_last.Files[file.Path], file)) scanned[file.Path] = known;
            var fresh = files.Values.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !scanned.ContainsKey(f.Path)).ToList();
            var results = new PageAnchors[fresh.Count];
            Parallel.For(0, fresh.Count, i => results[i] = PageAnchors.Scan(fresh[i].Content));
            for (var i = 0; i < fresh.Count; i++) scanned[fresh[i].Path] = results[i];
            LinkChecker.Check(scanned, files.Keys.ToHashSet(StringComparer.Ordinal), _routes.BasePath, diagnostics, PagesToCheck(files, fresh, scanned));
            return scanned;
        });
        diagnostics.ThrowIfAny();

        var output = new OutputFolder(options.OutputFolder);
        IReadOnlyList<string> written, removed;
        if (_last is null)
        {
            using var staged = timings.Time("write", () => output.Stage(files.Values.ToList()));
            timings.Time("publish", staged.Publish);
            (written, removed) = (files.Keys.ToList(), []);
        }
        else
        {
            var last = _last;
            written = files.Values.Where(f => !last.Files.TryGetValue(f.Path, out var old) || !old.Content.AsSpan().SequenceEqual(f.Content)).Select(f => f.Path).ToList();
            removed = last.Files.Keys.Where(path => !files.ContainsKey(path)).ToList();
            timings.Time("write", () => output.Update(written.Select(path => files[path]).ToList(), removed));
        }
        _last = new Built(content, site, files, anchors);
        return new IncrementalResult(pages.Count, stale.Count, written, removed, timings, diagnostics.Warnings());
    }

    /// <summary>
    /// Every page, unless the site has the same files as at the last (successful) build: then only the pages
    /// rendered again, and the pages whose links point at an anchor on one of them, can have a broken link.
    /// </summary>
    private IReadOnlySet<string>? PagesToCheck(Dictionary<string, OutputFile> files, List<OutputFile> fresh, Dictionary<string, PageAnchors> scanned)
    {
        if (_last is null || files.Count != _last.Files.Count || !files.Keys.All(_last.Files.ContainsKey)) return null;
        var changed = fresh.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pointingIn = scanned.Where(page => page.Value.AnchorsElsewhere.Any(link => LinkChecker.TargetOf(link, _routes.BasePath) is { } target && changed.Contains(target)));
        return changed.Concat(pointingIn.Select(page => page.Key)).ToHashSet(StringComparer.Ordinal);
    }
}
