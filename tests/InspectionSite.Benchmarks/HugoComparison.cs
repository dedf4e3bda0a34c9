using InspectionSite.Search;
using InspectionSite.Synthetic;

namespace InspectionSite.Benchmarks;

/// <summary>
/// Both generators over the same Markdown, in turn, in one run, and Pagefind over Hugo's output, as a Hugo site with
/// search runs it: wall times, and their ratios pair by pair. Ours is measured whole, and without its search index
/// stage (its own stages), against Hugo alone.
/// </summary>
public sealed record HugoResult(int Posts, int OurPages, Spread Ours, Spread OursWithoutSearch, Spread Hugo, Spread Pagefind, Spread HugoAndPagefind,
    Spread RatioWithSearch, Spread RatioWithoutSearch, Spread OurPeakMegabytes, Spread GeneratorPeakMegabytes, Spread HugoPeakMegabytes, Spread PagefindPeakMegabytes);

/// <summary>
/// Builds the shared benchmark corpus (gen_corpus.py, about 420 words a page) with this generator, as one
/// report per post, and with Hugo over the shared minimal Hugo site, then Pagefind (the same program our build runs)
/// over Hugo's output. Runs alternate, A B A B, so that drift in the machine's speed falls on both; each is cold,
/// with its output removed first.
/// </summary>
public sealed class HugoComparison(string generatorDll, string sharedBench, string workRoot, string outputRoot, int runs)
{
    public HugoResult Measure(int posts)
    {
        var corpus = Path.Combine(workRoot, $"corpus-{posts}");
        if (!Directory.Exists(Path.Combine(corpus, "posts")))
            ProcessRun.Measure("python3", Path.Combine(sharedBench, "gen_corpus.py"), posts.ToString(), corpus);
        var input = Path.Combine(workRoot, $"corpus-input-{posts}");
        CorpusConverter.Convert(corpus, input);

        var ourOutput = Path.Combine(outputRoot, $"ours-{posts}");
        var hugoOutput = Path.Combine(outputRoot, $"hugo-{posts}");
        var pagefind = SearchIndexer.Executable();
        var ours = new List<RunMeasure>();
        var hugo = new List<RunMeasure>();
        var search = new List<RunMeasure>();
        for (var run = 0; run <= runs; run++) // the first pair warms caches and is not counted
        {
            Remove(ourOutput);
            var a = ProcessRun.Measure("dotnet", generatorDll, "build", "--input", input, "--output", ourOutput, "--as-of", ColdBuilds.AsOf);
            Remove(hugoOutput);
            var b = ProcessRun.Measure("hugo", "--quiet", "--source", Path.Combine(sharedBench, "hugo-site"), "--contentDir", Path.GetFullPath(corpus), "--destination", hugoOutput);
            var c = ProcessRun.Measure(pagefind, "--site", hugoOutput, "--output-path", Path.Combine(hugoOutput, SearchIndexer.BundleFolder));
            if (run == 0) continue;
            ours.Add(a);
            hugo.Add(b);
            search.Add(c);
        }
        var pages = Directory.EnumerateFiles(ourOutput, "*.html", SearchOption.AllDirectories).Count();
        double WithoutSearch(RunMeasure run) => run.WallSeconds - ColdBuilds.StageMilliseconds(run.Output, "search index") / 1000;
        var hugoAndPagefind = hugo.Zip(search, (b, c) => b.WallSeconds + c.WallSeconds).ToList();
        return new HugoResult(posts, pages, Spread.Of(ours.Select(r => r.WallSeconds)), Spread.Of(ours.Select(WithoutSearch)),
            Spread.Of(hugo.Select(r => r.WallSeconds)), Spread.Of(search.Select(r => r.WallSeconds)), Spread.Of(hugoAndPagefind),
            Spread.Of(ours.Zip(hugoAndPagefind, (a, anchor) => a.WallSeconds / anchor)),
            Spread.Of(ours.Zip(hugo, (a, b) => WithoutSearch(a) / b.WallSeconds)),
            Spread.Of(ours.Select(r => r.PeakMegabytes)), Spread.Of(ours.Select(r => ColdBuilds.GeneratorPeakMegabytes(r.Output))), Spread.Of(hugo.Select(r => r.PeakMegabytes)), Spread.Of(search.Select(r => r.PeakMegabytes)));
    }

    /// <summary>
    /// The speed and memory targets, each judged on the median: the whole build against Hugo + Pagefind (0.7×), our own
    /// stages against Hugo (0.6× at 10,000 posts and over, 1.2× below), our peak against the larger of Hugo's and
    /// Pagefind's, and the generator's own under 500 MB.
    /// </summary>
    public static string AgainstTargets(HugoResult r)
    {
        var ownTarget = r.Posts >= 10_000 ? 0.6 : 1.2;
        string Judged(string what, double value, double target, string unit) =>
            $"{what} {value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}{unit} (target ≤ {target.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}{unit}: {(value <= target ? "met" : "not met")})";
        return $"- {r.Posts:N0} posts: " + string.Join("; ",
            Judged("whole build / (Hugo + Pagefind)", r.RatioWithSearch.Median, 0.7, "×"),
            Judged("own stages / Hugo", r.RatioWithoutSearch.Median, ownTarget, "×"),
            Judged("peak", r.OurPeakMegabytes.Median, Math.Max(r.HugoPeakMegabytes.Median, r.PagefindPeakMegabytes.Median), " MB"),
            Judged("the generator's own peak", r.GeneratorPeakMegabytes.Median, 500, " MB")) + ".";
    }

    private static void Remove(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
