using InspectionSite.BrowserTests.Browser;
using InspectionSite.Netlify;
using InspectionSite.Preview;

namespace InspectionSite.Benchmarks;

/// <summary>Lighthouse's performance score and total blocking time for one page and preset, over the counted runs.</summary>
public sealed record LighthouseResult(string Page, LighthousePreset Preset, Spread Performance, Spread TotalBlockingTimeMs);

/// <summary>
/// Lighthouse's performance figures for the pages the browser tests audit, on the real input built and served as the
/// browser tests serve it (the preview's server, with the headers of netlify.toml). Lighthouse's scores vary from run
/// to run, so each page is audited several times, one run at a time, and the median is reported.
/// </summary>
public sealed class LighthousePerformance(string repository, string generator, string work, int runs)
{
    public IReadOnlyList<LighthouseResult> Measure() => MeasureAsync().GetAwaiter().GetResult();

    private async Task<IReadOnlyList<LighthouseResult>> MeasureAsync()
    {
        var output = Path.Combine(work, "lighthouse-output");
        ProcessRun.Measure("dotnet", generator, "build", "--input", Path.Combine(repository, "input"), "--output", output);
        await using var server = await PreviewServer.ServeAsync(output, NetlifyConfig.Load(Path.Combine(repository, NetlifyConfig.FileName)));

        var results = new List<LighthouseResult>();
        foreach (var page in Lighthouse.Pages)
            foreach (var preset in Enum.GetValues<LighthousePreset>())
            {
                var reports = new List<LighthouseReport>();
                for (var run = 0; run < runs; run++)
                    reports.Add(await Lighthouse.AuditAsync(repository, new Uri(server.SiteAddress, page.TrimStart('/')), preset));
                results.Add(new LighthouseResult(page, preset,
                    Spread.Of(reports.Select(r => (double)(r.Scores["performance"] ?? 0))), Spread.Of(reports.Select(r => r.TotalBlockingTimeMs))));
            }
        return results;
    }
}
