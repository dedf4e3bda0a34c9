using System.Diagnostics;
using System.Security.Cryptography;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Output;
using InspectionSite.Pipeline;

namespace InspectionSite.Preview;

/// <summary>
/// Rebuilds the site when its sources change. It waits for a save's writes to settle, runs the whole pipeline in
/// memory, keeping a <see cref="Incremental.BuildCache"/> so that only what an edit changed is parsed, rendered and
/// checked again, and only when that succeeds writes the new site into the output folder. A failed rebuild leaves
/// the last good site served and says why.
/// </summary>
/// <remarks>
/// A program may save in steps: Excel writes a new file, moves the old one aside and moves the new one in. The
/// steps in between are never shown: a rebuild that a later change overtakes is dropped for the one that follows
/// it, and a failure is reported only once the sources have stayed still for <see cref="FailureSettleTime"/>.
/// </remarks>
public sealed class SiteRebuilder : IDisposable
{
    /// <summary>How long the sources must stay unchanged before a rebuild starts: long enough to gather one save's writes. A file moved into place starts it at once.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(30);

    /// <summary>How long the sources must stay unchanged before a failed rebuild is reported: a save in steps passes through states that fail.</summary>
    public static readonly TimeSpan FailureSettleTime = TimeSpan.FromMilliseconds(300);

    /// <summary>How long after a rebuild the search index is brought up to date: the open pages reload first.</summary>
    public static readonly TimeSpan SearchIndexDelay = TimeSpan.FromSeconds(2);

    /// <summary>How long after a rebuild the open-data downloads are written (<see cref="LiveOutput"/>): once the open pages have reloaded.</summary>
    public static readonly TimeSpan DownloadsDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>How long after a rebuild its garbage is collected: once the open pages have reloaded.</summary>
    public static readonly TimeSpan CollectionDelay = TimeSpan.FromSeconds(1);

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
    private readonly Timer _downloads;
    private readonly Timer _collection;
    private readonly Timer _failureReport;
    private readonly Incremental.BuildCache _cache = new();
    private readonly Func<string, string, int> _indexSearch;
    private LiveOutput? _live;
    private bool _searchIndexStale;
    private int _builds;
    private long _changesSeen;
    private (string Reason, BuildStatus Status, long ChangesSeen)? _unreportedFailure;
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
        // Pagefind runs for seconds: on a pool thread it would hold back the timers and requests that share the pool.
        _searchIndex = new Timer(_ => new Thread(UpdateSearchIndex) { IsBackground = true, Name = "Search index" }.Start());
        _downloads = new Timer(_ => WriteDownloads());
        _collection = new Timer(_ => CollectBetweenBuilds());
        _failureReport = new Timer(_ => ReportFailureIfStill());
        ThemeHotReload.Applied += OnThemeReloaded;
    }

    private void OnThemeReloaded()
    {
        lock (_buildGate) _cache.ForgetPages(); // the content is the same, but every page may now look different
        OnChange("a Razor component (hot reload)");
    }

    /// <summary>Builds now, publishes on success, and tells the open pages either way.</summary>
    public BuildStatus Build(string reason) => Build(reason, changesSeen: null)!;

    /// <param name="changesSeen">
    /// For a rebuild that changes brought, how many had been seen when it started: if more come before it ends, it
    /// is dropped (and null returned) for the rebuild that follows them, and a failure waits to be reported.
    /// </param>
    private BuildStatus? Build(string reason, long? changesSeen)
    {
        lock (_buildGate)
        {
            var clock = Stopwatch.StartNew();
            BuildStatus status;
            try
            {
                var site = _cache.Produce(_options);
                if (changesSeen is { } seen && ChangedSince(seen))
                {
                    _log.WriteLine($"{reason}: changed again while rebuilding, so the next rebuild shows it.");
                    return null;
                }
                var build = $"{_session}-{++_builds}";
                _served.Replace(() => Publish(site), build);
                status = new BuildStatus(build, []);
                var stages = string.Join(", ", site.Timings.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0}"));
                _log.WriteLine($"{reason}: built {site.PageCount} pages in {clock.ElapsedMilliseconds} ms ({stages}).");
                foreach (var warning in site.Warnings) _log.WriteLine($"  {BuildReport.Warning(warning)}");
            }
            catch (InputException e)
            {
                status = new BuildStatus(_served.Build, e.Diagnostics);
            }
            catch (Exception e) when (IsFolderOrToolProblem(e))
            {
                status = new BuildStatus(_served.Build, [new Diagnostic(new SourceLocation(_options.InputFolder, 1, 1), e.Message, "Check that the folder and its files exist and that no other program is holding them, then save again.")]);
            }
            if (!status.Succeeded && changesSeen is { } since)
            {
                lock (_changesGate) _unreportedFailure = (reason, status, since);
                _failureReport.Change(FailureSettleTime, Timeout.InfiniteTimeSpan);
                return status;
            }
            Report(reason, status);
            if (_searchIndexStale) _searchIndex.Change(SearchIndexDelay, Timeout.InfiniteTimeSpan);
            _downloads.Change(DownloadsDelay, Timeout.InfiniteTimeSpan);
            _collection.Change(CollectionDelay, Timeout.InfiniteTimeSpan);
            return status;
        }
    }

    /// <summary>Tells the open pages, and the editor when it failed.</summary>
    private void Report(string reason, BuildStatus status)
    {
        if (!status.Succeeded)
        {
            _log.WriteLine($"{reason}: the site could not be rebuilt ({status.Problems.Count} problem(s)):");
            foreach (var problem in status.Problems) _log.WriteLine($"  {problem}");
            _log.WriteLine("The last good site is still being served.");
        }
        _events.Publish(status);
    }

    /// <summary>Reports the last failed rebuild if nothing has changed since it started: otherwise a rebuild follows.</summary>
    private void ReportFailureIfStill()
    {
        lock (_changesGate)
        {
            if (_stopped || _unreportedFailure is not { } failure || ChangedSince(failure.ChangesSeen)) return;
            _unreportedFailure = null;
            Report(failure.Reason, failure.Status);
        }
    }

    private bool ChangedSince(long changesSeen)
    {
        lock (_changesGate) return _changesSeen != changesSeen;
    }

    /// <summary>
    /// Collects what the last rebuilds left behind while nothing waits (<see cref="Incremental.BuildCache.CollectBetweenBuilds"/>),
    /// so that a collection seldom falls during a rebuild or a reload.
    /// </summary>
    private void CollectBetweenBuilds()
    {
        lock (_changesGate) if (_stopped || _changes.Count > 0) return;
        if (!_buildGate.TryEnter()) return; // a rebuild is under way, and asks for a collection once it is done
        try
        {
            Incremental.BuildCache.CollectBetweenBuilds();
        }
        finally
        {
            _buildGate.Exit();
        }
    }

    /// <summary>
    /// Runs the build once more, rendering every page again, and publishes nothing, so that the runtime compiles the
    /// code of a rebuild and of every kind of page before the first edit rather than during it (at 10k the first
    /// edit's render took 110–150 ms without it, 60–90 ms with it), then collects what the first build left behind.
    /// The pages made again replace the written ones of the same bytes (<see cref="LiveOutput.Adopt"/>), so that the
    /// first edit does not compare every page's bytes. An edit saved meanwhile is still published by its own rebuild,
    /// which writes what differs from the files last written, whatever the cache saw first.
    /// </summary>
    public void WarmUp()
    {
        lock (_buildGate)
        {
            if (_live is null) return;
            try
            {
                _cache.ForgetPages();
                _live.Adopt(_cache.Produce(_options).Files);
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
    /// that only the files whose bytes changed are rewritten, which keeps a rebuild quick when one cell changes,
    /// and the open-data downloads follow the pages (<see cref="WriteDownloads"/>).
    /// </summary>
    private void Publish(ProducedSite site)
    {
        if (_live is null)
        {
            new BuildPipeline(_options).Write(site);
            _live = new LiveOutput(_output, site.Files);
        }
        else _searchIndexStale |= site.Timings.Time("write changes", () => _live.UpdatePages(site.Files)) > 0;
    }

    /// <summary>Writes the open-data downloads of the last site published, if they changed.</summary>
    private void WriteDownloads()
    {
        lock (_buildGate)
        {
            if (_live is { } live) _served.Replace(() => live.UpdateDownloads());
        }
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
        if (change is RenamedEventArgs renamed && IsScratchFile(change.FullPath))
        {
            // A file moved aside as a save's step is named by its old name: that source is gone.
            if (!IsScratchFile(renamed.OldFullPath)) OnChange(Shown(renamed.OldFullPath));
        }
        else if (!IsScratchFile(change.FullPath))
        {
            // A file moved into place was written whole first: the last step of a save as Excel and sed make it.
            OnChange(Shown(change.FullPath), change.ChangeType == WatcherChangeTypes.Renamed ? TimeSpan.Zero : SettleTime);
        }
    }

    private void OnChange(string what) => OnChange(what, SettleTime);

    private void OnChange(string what, TimeSpan settle)
    {
        lock (_changesGate)
        {
            if (_stopped) return;
            _changesSeen++;
            _changes.Add(what);
            _settle.Change(settle, Timeout.InfiniteTimeSpan);
        }
    }

    private void RebuildChanged()
    {
        string[] changed;
        long seen;
        lock (_changesGate)
        {
            if (_stopped || _changes.Count == 0) return;
            changed = [.. _changes];
            _changes.Clear();
            seen = _changesSeen;
        }
        Build("Changed " + string.Join(", ", changed), seen);
    }

    /// <summary>A path as the editor knows it: relative to the current folder when inside it.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>
    /// Lock, backup and temporary files that editors and Excel keep beside the real ones. Every source has an
    /// extension, while the files a save writes before moving them into place often have none (Excel's, sed's).
    /// </summary>
    private static bool IsScratchFile(string path) => IsScratchName(Path.GetFileName(path)) || (!Path.HasExtension(path) && !Directory.Exists(path));

    private static bool IsScratchName(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~lock", StringComparison.Ordinal) ||
        name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops watching, and waits for a rebuild under way to finish and its downloads to be written, so that the output folder is left whole.</summary>
    public void Dispose()
    {
        ThemeHotReload.Applied -= OnThemeReloaded;
        lock (_changesGate) _stopped = true;
        foreach (var watcher in _watchers) watcher.Dispose();
        _settle.Dispose();
        _searchIndex.Dispose();
        _downloads.Dispose();
        _collection.Dispose();
        _failureReport.Dispose();
        WriteDownloads(); // after a rebuild under way, so that the output folder is left whole
        lock (_indexGate) { }
    }
}
