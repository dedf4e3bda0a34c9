using System.Diagnostics;
using InspectionSite.Incremental;
using InspectionSite.Output;
using InspectionSite.Pipeline;

namespace InspectionSite.Benchmarks;

/// <summary>How long an incremental build takes after one kind of edit, and how many pages it renders again.</summary>
public sealed record IncrementalMeasure(string Edit, Spread Milliseconds, Spread ProcessorMilliseconds, int PagesRendered, int Pages, string Stages);

/// <summary>
/// The preview's case: one process builds the site once, then rebuilds after single edits with a
/// <see cref="BuildCache"/> and writes the changed files, as the preview does. Each edit is made and undone
/// in turn, so every build has exactly one change to pick up. The time runs to the moment the preview tells open
/// pages to reload. Not part of it: the open-data downloads, which the preview writes half a second later (timed
/// as their own stage), the search index, two seconds later, and the garbage collection a second later, which
/// the benchmark runs before each rebuild.
/// </summary>
public sealed class IncrementalRebuilds(string input, string output, int runs)
{
    public IReadOnlyList<IncrementalMeasure> Measure()
    {
        var site = new CachedBuilds(new BuildOptions(input, output, null, null, DateOnly.Parse(ColdBuilds.AsOf)));
        site.Build();
        return
        [
            Measure(site, "one progress row's status (progress.csv)", "progress.csv", text => ReplaceFirst(text, ",open,", ",evidence-gathering,")),
            Measure(site, "one progress row's note (progress.csv)", "progress.csv", text => ReplaceFirst(text, " however ", " and however ")),
            Measure(site, "one recommendation's addressee (recommendations.csv)", "recommendations.csv", text => ReplaceFirst(text, ",Chief constables,", ",Chief constables and PCCs,")),
            Measure(site, "one report's Markdown body (reports/*.md)", Path.Combine("reports", "report-00002.md"), text => text + "\nA new closing paragraph.\n"),
            Measure(site, "one meeting's paper text (meetings/*.md)", Path.Combine("meetings", "2014-02-05.md"), text => text + "\nMembers noted the report.\n"),
        ];
    }

    private IncrementalMeasure Measure(CachedBuilds site, string edit, string file, Func<string, string> change)
    {
        var path = Path.Combine(input, file);
        var original = File.ReadAllText(path);
        var times = new List<double>();
        var processor = new List<double>();
        var rendered = 0;
        var pages = 0;
        var stages = new Dictionary<string, List<double>>();
        for (var run = -2; run < 2 * runs; run++) // the first edit and its undoing are not counted
        {
            File.WriteAllText(path, run % 2 == 0 ? change(original) : original);
            BuildCache.CollectBetweenBuilds(); // as the preview does a second after each rebuild
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = site.Build();
            var wall = clock.Elapsed.TotalMilliseconds;
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds; // stages may overlap: the whole build's
            site.WriteDownloads(result.Timings);
            if (run < 0) continue;
            times.Add(wall);
            processor.Add(used);
            (rendered, pages) = (Math.Max(rendered, result.PagesRendered), result.PageCount);
            foreach (var (stage, elapsed, _) in result.Timings.Stages) (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(elapsed.TotalMilliseconds);
        }
        return new IncrementalMeasure(edit, Spread.Of(times), Spread.Of(processor), rendered, pages,
            string.Join(", ", stages.Select(s => $"{s.Key} {Spread.Of(s.Value).Median:F0}")));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{from}' is not in the file.");
        return text[..at] + to + text[(at + from.Length)..];
    }

    /// <summary>
    /// Builds as the preview does: one cache, the first build written whole, later ones as updates of the changed
    /// files, the pages first and then the downloads.
    /// </summary>
    private sealed class CachedBuilds(BuildOptions options)
    {
        private readonly BuildCache _cache = new();
        private LiveOutput? _live;

        public (int PageCount, int PagesRendered, StageTimings Timings) Build()
        {
            var site = _cache.Produce(options);
            if (_live is null)
            {
                new BuildPipeline(options).Write(site);
                _live = new LiveOutput(new OutputFolder(options.OutputFolder), site.Files);
            }
            else site.Timings.Time("write", () => _live.UpdatePages(site.Files));
            return (site.PageCount, _cache.PagesRendered.Count, site.Timings);
        }

        public void WriteDownloads(StageTimings timings) => timings.Time("write downloads", () => _live!.UpdateDownloads());
    }
}
