using System.Collections.Concurrent;
using InspectionSite.BrowserTests.Browser;
using InspectionSite.Tests.Support;
using Xunit.Abstractions;

namespace InspectionSite.BrowserTests;

/// <summary>
/// Lighthouse on the home page, a meeting, a report and an item, as a phone and as a desktop: accessibility, best
/// practices and SEO must score 100. Performance is printed here and measured in the benchmark (docs/performance.md),
/// since a loaded test machine makes it vary. Each run's JSON report is kept in artefacts/lighthouse/.
/// </summary>
[Trait("Speed", "Slow"), Collection(BrowserCollection.Name)]
public sealed class LighthouseTests(BrowserSite fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Every audit, started with the first case and run two at a time: a run spends much of its dozen seconds waiting
    /// for its own chromium to start and the page to settle, so a second run keeps the other core busy. Each case awaits its own.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Page, LighthousePreset Preset), Task<LighthouseReport>> Started = new();

    private static readonly SemaphoreSlim Slots = new(2);

    public static TheoryData<string, LighthousePreset> Audits()
    {
        var audits = new TheoryData<string, LighthousePreset>();
        foreach (var (page, preset) in Pairs) audits.Add(page, preset);
        return audits;
    }

    private static IEnumerable<(string Page, LighthousePreset Preset)> Pairs =>
        Lighthouse.Pages.SelectMany(page => Enum.GetValues<LighthousePreset>().Select(preset => (page, preset)));

    [Theory, MemberData(nameof(Audits))]
    public async Task Accessibility_best_practices_and_SEO_score_100(string page, LighthousePreset preset)
    {
        foreach (var pair in Pairs) _ = Started.GetOrAdd(pair, AuditAsync);
        var report = await Started[(page, preset)];
        output.WriteLine(report.ToString());

        Assert.True(report.Scores.Where(s => s.Key != "performance").All(s => s.Value == 100),
            $"{report}\nWhat cost points:\n" + string.Join("\n", report.Shortfalls));
    }

    private async Task<LighthouseReport> AuditAsync((string Page, LighthousePreset Preset) audit)
    {
        await Slots.WaitAsync();
        try
        {
            var reportFile = Path.Combine(Artefacts.Folder("lighthouse"), Artefacts.FileName(audit.Page, audit.Preset.ToString().ToLowerInvariant()) + ".json");
            return await Lighthouse.AuditAsync(Repository.Root, new Uri(fixture.Site.Url(audit.Page)), audit.Preset, reportFile);
        }
        finally
        {
            Slots.Release();
        }
    }
}
