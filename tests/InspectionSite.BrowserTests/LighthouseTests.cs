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
    public static TheoryData<string, LighthousePreset> Audits()
    {
        var audits = new TheoryData<string, LighthousePreset>();
        foreach (var page in Lighthouse.Pages)
            foreach (var preset in Enum.GetValues<LighthousePreset>())
                audits.Add(page, preset);
        return audits;
    }

    [Theory, MemberData(nameof(Audits))]
    public async Task Accessibility_best_practices_and_SEO_score_100(string page, LighthousePreset preset)
    {
        var reportFile = Path.Combine(Artefacts.Folder("lighthouse"), Artefacts.FileName(page, preset.ToString().ToLowerInvariant()) + ".json");
        var report = await Lighthouse.AuditAsync(Repository.Root, new Uri(fixture.Site.Url(page)), preset, reportFile);
        output.WriteLine(report.ToString());

        Assert.True(report.Scores.Where(s => s.Key != "performance").All(s => s.Value == 100),
            $"{report}\nWhat cost points:\n" + string.Join("\n", report.Shortfalls));
    }
}
