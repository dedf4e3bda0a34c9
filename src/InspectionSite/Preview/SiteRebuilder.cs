using System.Diagnostics;
using System.Security.Cryptography;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Output;
using InspectionSite.Pipeline;

namespace InspectionSite.Preview;

/// <summary>
/// Rebuilds the site when its sources change. It waits for the files to settle (Excel writes a save
/// as several steps), runs the whole pipeline in memory, keeping a <see cref="Incremental.BuildCache"/> so
/// that only what an edit changed is parsed, rendered and checked again, and only when that succeeds writes
/// the new site into the output folder. A failed rebuild leaves the last good site served and says why.
/// </summary>
public sealed class SiteRebuilder : IDisposable
{
    /// <summary>How long the sources must stay unchanged before a rebuild starts.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(100);

    /// <summary>How long after a rebuild the search index is brought up to date: the open pages reload first.</summary>
    public static readonly TimeSpan SearchIndexDelay = TimeSpan.FromSeconds(2);

    private readonly BuildOptions _options;
    private readonly OutputFolder _output;
    private readonly ServedSite _served;
    private readonly BuildEvents _events;
    private readonly TextWriter _log;
    private readonly string _session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly Lock _buildGate = new();
    private readonly Lock _changesGate = new();
    private readonly Lock _indexGate = new();
    private readonly SortedSet<string> _changes = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _settle;
    private readonly Timer _searchIndex;
    private readonly Incremental.BuildCache _cache = new();
    private readonly Func<string, string, int> _indexSearch;
    private IReadOnlyList<OutputFile>? _published;
    private bool _searchIndexStale;
    private int _builds;
    private bool _stopped;

    /// <param name="indexSearch">Indexes a site folder into a bundle folder and says how many pages it holds (<see cref="Search.SearchIndexer.Index"/>).</param>
    public SiteRebuilder(BuildOptions options, OutputFolder output, ServedSite served, BuildEvents events, TextWriter log,
        Func<string, string, int>? indexSearch = null)
    {
        _indexSearch = indexSearch ?? ((site, bundle) => Search.SearchIndexer.Index(site, bundle, inBackground: true));
        _options = options;
        _output = output;
        _served = served;
        _events = events;
        _log = log;
        _settle = new Timer(_ => RebuildChanged());
        _searchIndex = new Timer(_ => UpdateSearchIndex());
        ThemeHotReload.Applied += OnThemeReloaded;
    }

    private void OnThemeReloaded()
    {
        lock (_buildGate) _cache.ForgetPages(); // the content is the same, but every page may now look different
        OnChange("a Razor component (hot reload)");
    }

    /// <summary>Builds now, publishes on success, and tells the open pages either way.</summary>
    public BuildStatus Build(string reason)
    {
        lock (_buildGate)
        {
            var clock = Stopwatch.StartNew();
            BuildStatus status;
            try
            {
                var site = _cache.Produce(_options);
                var build = $"{_session}-{++_builds}";
                _served.Replace(() => Publish(site), build);
                status = new BuildStatus(build, []);
                var stages = string.Join(", ", site.Timings.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0}"));
                _log.WriteLine($"{reason}: built {site.PageCount} pages in {clock.ElapsedMilliseconds} ms ({stages}).");
                foreach (var warning in site.Warnings) _log.WriteLine($"  {BuildReport.Warning(warning)}");
            }
            catch (InputException e)
            {
                status = Failed(e.Diagnostics);
            }
            catch (Exception e) when (IsFolderOrToolProblem(e))
            {
                status = Failed([new Diagnostic(new SourceLocation(_options.InputFolder, 1, 1), e.Message, "Check that the folder and its files exist and that no other program is holding them, then save again.")]);
            }
            _events.Publish(status);
            if (_searchIndexStale) _searchIndex.Change(SearchIndexDelay, Timeout.InfiniteTimeSpan);
            return status;

            BuildStatus Failed(IReadOnlyList<Diagnostic> problems)
            {
                _log.WriteLine($"{reason}: the site could not be rebuilt ({problems.Count} problem(s)):");
                foreach (var problem in problems) _log.WriteLine($"  {problem}");
                _log.WriteLine("The last good site is still being served.");
                return new BuildStatus(_served.Build, problems);
            }
        }
    }

    /// <summary>
    /// Runs the build once more with nothing changed and drops what it makes, so that the runtime compiles the code
    /// of a rebuild before the first edit rather than during it, then collects what the first build left behind.
    /// An edit saved meanwhile is still published by its own rebuild, which writes what differs from the files last
    /// published, whatever the cache saw first.
    /// </summary>
    public void WarmUp()
    {
        lock (_buildGate)
        {
            if (_published is null) return;
            try
            {
                _cache.Produce(_options);
            }
            catch (Exception e) when (e is InputException || IsFolderOrToolProblem(e))
            {
                // the rebuild that the edit brings reports it
            }
            Incremental.BuildCache.CollectAfterWarmUp();
        }
    }

    /// <summary>A folder or file that is missing, refused or held by another program, or a tool that could not run.</summary>
    private static bool IsFolderOrToolProblem(Exception e) =>
        e is ArgumentException or IOException or UnauthorizedAccessException or Tools.ToolException;

    /// <summary>
    /// The first build replaces the output folder whole, as "build" does, search index included; after
    /// that only the files whose bytes changed are rewritten, which keeps a rebuild quick when one cell changes.
    /// </summary>
    private void Publish(ProducedSite site)
    {
        if (_published is null) new BuildPipeline(_options).Write(site);
        else _searchIndexStale |= site.Timings.Time("write changes", () => _output.Update(_published, site.Files)) > 0;
        _published = site.Files;
    }

    /// <summary>
    /// Brings the search index up to date a little after the new pages are served, so that the reload never
    /// waits for it: Pagefind indexes into a folder beside the site, which then replaces the old index in one move.
    /// Rebuilds go on meanwhile (at 10k, indexing takes about ten seconds); one that changes files while Pagefind
    /// reads them marks the index stale again, and it is indexed once more after this run.
    /// </summary>
    private void UpdateSearchIndex()
    {
        lock (_changesGate) if (_stopped) return;
        lock (_indexGate)
        {
            lock (_buildGate)
            {
                if (!_searchIndexStale) return;
                _searchIndexStale = false;
            }
            if (!IndexNow()) lock (_buildGate) _searchIndexStale = true;
        }
    }

    private bool IndexNow()
    {
        var live = Path.Combine(_served.Folder, Search.SearchIndexer.BundleFolder);
        var fresh = _output.WorkFolder("search");
        try
        {
            var clock = Stopwatch.StartNew();
            var pages = _indexSearch(_served.Folder, fresh);
            var retired = fresh + "-old";
            _served.Replace(() =>
            {
                if (Directory.Exists(live)) Directory.Move(live, retired);
                Directory.Move(fresh, live);
            });
            // Deleted once requests and rebuilds may go on again: it is thousands of files at 10k.
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
            _log.WriteLine($"  search index updated: {pages} pages in {clock.ElapsedMilliseconds} ms.");
            return true;
        }
        catch (Exception e) when (e is Tools.ToolException or IOException or UnauthorizedAccessException)
        {
            _log.WriteLine($"  The search index could not be updated, so search shows the last one: {e.Message}");
            return false;
        }
    }

    /// <summary>Rebuilds whenever a file in one of the folders changes.</summary>
    public void Watch(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        if (!IsScratchFile(Path.GetFileName(change.FullPath))) OnChange(Shown(change.FullPath));
    }

    private void OnChange(string what)
    {
        lock (_changesGate)
        {
            if (_stopped) return;
            // The first change since the last rebuild: while the save settles, the last rebuild's garbage is collected.
            if (_changes.Count == 0) ThreadPool.UnsafeQueueUserWorkItem(_ => Incremental.BuildCache.CollectBetweenBuilds(), null);
            _changes.Add(what);
            _settle.Change(SettleTime, Timeout.InfiniteTimeSpan);
        }
    }

    private void RebuildChanged()
    {
        string[] changed;
        lock (_changesGate)
        {
            if (_stopped || _changes.Count == 0) return;
            changed = [.. _changes];
            _changes.Clear();
        }
        Build("Changed " + string.Join(", ", changed));
    }

    /// <summary>A path as the editor knows it: relative to the current folder when inside it.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>Lock and backup files that editors and Excel keep beside the real ones.</summary>
    private static bool IsScratchFile(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~lock", StringComparison.Ordinal) ||
        name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops watching, and waits for a rebuild under way to finish so that no staging folder is left behind.</summary>
    public void Dispose()
    {
        ThemeHotReload.Applied -= OnThemeReloaded;
        lock (_changesGate) _stopped = true;
        foreach (var watcher in _watchers) watcher.Dispose();
        _settle.Dispose();
        _searchIndex.Dispose();
        lock (_buildGate) { }
        lock (_indexGate) { }
    }
}
