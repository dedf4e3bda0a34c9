using System.Text;
using InspectionSite.Synthetic;

namespace InspectionSite.Benchmarks;

/// <summary>
/// The whole benchmark: cold builds of the real input and of 1,000 and 10,000 synthetic recommendations,
/// incremental rebuilds at 10,000, and Hugo side by side at 1,000 and 10,000 pages. Prints Markdown tables.
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args)
    {
        string Option(string name, string fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        var repository = Path.GetFullPath(Option("--repository", "."));
        var runs = int.Parse(Option("--runs", "5"));
        var work = Path.GetFullPath(Option("--work", "/dev/shm/inspection-site-bench"));
        var shared = Path.GetFullPath(Option("--shared", Path.Combine(repository, "..", "shared", "bench")));
        var parts = Option("--only", "cold,incremental,hugo,lighthouse").Split(',');
        var generator = Path.Combine(repository, "src", "InspectionSite", "bin", "Release", "net10.0", "InspectionSite.dll");
        Directory.CreateDirectory(work);

        var report = new StringBuilder();
        void Say(string line)
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }
        var brokenBudgets = new List<string>();
        Say($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores; load average before: {LoadAverage()}; {runs} counted runs each, after one warm-up.");

        if (parts.Contains("cold"))
        {
            var cold = new ColdBuilds(generator, work, runs);
            var results = new List<ColdBuildResult> { cold.Measure("real", Path.Combine(repository, "input")) };
            foreach (var (name, scale) in new[] { ("1k", SyntheticScale.ForRecommendations(1000)), ("10k", new SyntheticScale(10000, 2000, 200, 500)) })
            {
                var input = Path.Combine(work, "input-" + name);
                SyntheticInput.Write(scale, input);
                results.Add(cold.Measure(name, input));
            }
            Say("");
            Say("| input | pages | whole command, s | generator after start-up, s | processor time, s | pages/s | peak memory, MB |");
            Say("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
                Say($"| {r.Name} | {r.Pages:N0} | {r.Wall.Format()} | {r.Generator.Format()} | {r.Cpu.Format()} | {r.PagesPerSecond:N0} | {r.PeakMegabytes.Format(decimals: 0)} |");
            Say("");
            Say("Stages, median ms: | " + string.Join(" | ", results.Select(r => r.Name)) + " |");
            Say("|---|" + string.Concat(results.Select(_ => "---:|")));
            foreach (var stage in results[^1].Stages.Select(s => s.Stage))
                Say($"| {stage} | " + string.Join(" | ", results.Select(r => r.Stages.FirstOrDefault(s => s.Stage == stage).Milliseconds?.Median.ToString("F0") ?? "")) + " |");
            Say("");
            Say(PageSizes.Statement);
            Say("");
            Say($"| input | page | KB |");
            Say("|---|---|---:|");
            foreach (var r in results)
            {
                Say($"| {r.Name} | /index.html, the home page (budget {PageSizes.HomeBudgetKilobytes} KB) | {PageSizes.Kilobytes(r.PageSizes.HomeBytes)}{(r.PageSizes.HomeBytes >= PageSizes.HomeBudgetKilobytes * 1024 ? " (over)" : "")} |");
                foreach (var (path, bytes) in r.PageSizes.Largest)
                    Say($"| {r.Name} | {path} | {PageSizes.Kilobytes(bytes)}{(bytes > PageSizes.BudgetKilobytes * 1024 ? " (over)" : "")} |");
            }
            var breaches = results.SelectMany(r => r.PageSizes.Breaches(r.Name)).ToList();
            Say("");
            Say(breaches.Count == 0 ? "Every page keeps within the page budget." : "**PAGE BUDGET BROKEN**: " + string.Join("; ", breaches) + ".");
            brokenBudgets.AddRange(breaches);
            var (small, large) = (results[1], results[2]);
            Say("");
            Say($"Scaling 1k → 10k: {large.Pages / (double)small.Pages:F1}× the pages took {large.Generator.Median / small.Generator.Median:F1}× the generator time and {large.Cpu.Median / small.Cpu.Median:F1}× the processor time.");
            Say($"The real input's whole command took {results[0].Wall.Median:F2} s (target under 1 s: {(results[0].Wall.Median < 1 ? "met" : "not met")}).");
        }

        if (parts.Contains("incremental"))
        {
            var input = Path.Combine(work, "incremental-input");
            SyntheticInput.Write(new SyntheticScale(10000, 2000, 200, 500), input);
            var results = new IncrementalRebuilds(input, Path.Combine(work, "incremental-output"), runs).Measure();
            Say("");
            Say("| incremental build at 10k after changing | wall, ms | processor time, ms | pages rendered again | stages, median wall ms |");
            Say("|---|---:|---:|---:|---|");
            foreach (var r in results)
                Say($"| {r.Edit} | {r.Milliseconds.Format(decimals: 0)} | {r.ProcessorMilliseconds.Format(decimals: 0)} | {r.PagesRendered:N0} of {r.Pages:N0} | {r.Stages} |");
        }

        if (parts.Contains("hugo"))
        {
            var hugo = new HugoComparison(generator, shared, work, work, runs);
            var results = new[] { hugo.Measure(1000), hugo.Measure(10000) };
            Say("");
            Say("| corpus posts | our pages | ours, s | ours without the search index, s | Hugo, s | Pagefind on Hugo's output, s | Hugo + Pagefind, s | " +
                "ours / (Hugo + Pagefind) | ours without search / Hugo | our peak MB (with Pagefind) | the generator's own peak MB | Hugo peak MB | Pagefind peak MB |");
            Say("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
                Say($"| {r.Posts:N0} | {r.OurPages:N0} | {r.Ours.Format()} | {r.OursWithoutSearch.Format()} | {r.Hugo.Format()} | {r.Pagefind.Format()} | {r.HugoAndPagefind.Format()} | " +
                    $"{r.RatioWithSearch.Format("×")} | {r.RatioWithoutSearch.Format("×")} | " +
                    $"{r.OurPeakMegabytes.Format(decimals: 0)} | {r.GeneratorPeakMegabytes.Format(decimals: 0)} | {r.HugoPeakMegabytes.Format(decimals: 0)} | {r.PagefindPeakMegabytes.Format(decimals: 0)} |");
            Say("");
            foreach (var r in results) Say(HugoComparison.AgainstTargets(r));
        }

        if (parts.Contains("lighthouse"))
        {
            var results = new LighthousePerformance(repository, generator, work, runs).Measure();
            Say("");
            Say("| page | preset | Lighthouse performance | total blocking time, ms |");
            Say("|---|---|---:|---:|");
            foreach (var r in results)
                Say($"| {r.Page} | {r.Preset.ToString().ToLowerInvariant()} | {r.Performance.Format(decimals: 0)} | {r.TotalBlockingTimeMs.Format(decimals: 0)} |");
        }

        Say("");
        Say($"Load average after: {LoadAverage()}.");
        File.WriteAllText(Path.Combine(work, "results.md"), report.ToString());
        foreach (var breach in brokenBudgets) Console.Error.WriteLine($"Page budget broken: {breach}.");
        return brokenBudgets.Count == 0 ? 0 : 1;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
