using System.Diagnostics;
using System.Text.Json;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>Lighthouse's two emulations: a mid-range phone on slow 4G (its default), and a desktop on cable.</summary>
public enum LighthousePreset { Mobile, Desktop }

/// <summary>
/// One Lighthouse run on one page: each category's score out of 100 (null when Lighthouse could not score it), the
/// total blocking time, and every audit that cost points outside performance, with what it found.
/// </summary>
public sealed record LighthouseReport(string Page, LighthousePreset Preset, IReadOnlyDictionary<string, int?> Scores, double TotalBlockingTimeMs, IReadOnlyList<string> Shortfalls)
{
    public override string ToString() =>
        $"{Page} ({Preset.ToString().ToLowerInvariant()}): " + string.Join(", ", Scores.Select(s => $"{s.Key} {s.Value?.ToString() ?? "not scored"}")) +
        $"; total blocking time {TotalBlockingTimeMs:F0} ms";
}

/// <summary>
/// Runs Lighthouse, the npm package package-lock.json pins, with Debian's chromium on a page of a served site. Each run
/// launches a chromium of its own with a fresh profile, so no run warms another's cache.
/// </summary>
public static class Lighthouse
{
    /// <summary>The pages audited: the home page, a meeting, a report and an item, each the richest of its kind.</summary>
    public static IReadOnlyList<string> Pages { get; } = ["/", "/meetings/2022-09-29/", "/reports/rape-survivors-phase-2/", "/recommendations/9159/"];

    public static IReadOnlyList<string> Categories { get; } = ["performance", "accessibility", "best-practices", "seo"];

    private const string ChromiumFlags = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-sync --disable-background-networking --disable-component-update";

    /// <summary>Audits <paramref name="page"/>; the report's JSON is also written to <paramref name="reportFile"/> when given.</summary>
    public static async Task<LighthouseReport> AuditAsync(string repositoryRoot, Uri page, LighthousePreset preset, string? reportFile = null)
    {
        var cli = Path.Combine(repositoryRoot, "node_modules", "lighthouse", "cli", "index.js");
        if (!File.Exists(cli)) throw new InvalidOperationException($"Lighthouse is not installed at {cli}: run npm ci (tests/run.sh does).");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CHROME_PATH"] = ChromiumPath.Executable;
        string[] arguments =
        [
            cli, page.AbsoluteUri, "--output=json", "--output-path=stdout", "--quiet", "--only-categories=" + string.Join(',', Categories),
            "--chrome-flags=" + ChromiumFlags, .. preset == LighthousePreset.Desktop ? ["--preset=desktop"] : Array.Empty<string>(),
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"Lighthouse failed on {page} (exit code {process.ExitCode}):\n{await errors}");
        var json = await output;
        if (reportFile is not null) await File.WriteAllTextAsync(reportFile, json);
        return Read(json, page.AbsolutePath, preset);
    }

    private static LighthouseReport Read(string json, string page, LighthousePreset preset)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("runtimeError", out var error) && error.ValueKind == JsonValueKind.Object)
            throw new InvalidOperationException($"Lighthouse could not audit {page}: {error.GetProperty("message").GetString()}");
        var categories = root.GetProperty("categories");
        var audits = root.GetProperty("audits");

        var scores = Categories.ToDictionary(id => id, id => Score(categories.GetProperty(id)));
        var shortfalls = new List<string>();
        foreach (var category in Categories.Where(id => id != "performance"))
            foreach (var reference in categories.GetProperty(category).GetProperty("auditRefs").EnumerateArray().Where(r => r.GetProperty("weight").GetDouble() > 0))
            {
                var audit = audits.GetProperty(reference.GetProperty("id").GetString()!);
                if (Score(audit) is < 100) shortfalls.Add($"{category}: {audit.GetProperty("id").GetString()} ({audit.GetProperty("title").GetString()}){Found(audit)}");
            }
        return new LighthouseReport(page, preset, scores, audits.GetProperty("total-blocking-time").GetProperty("numericValue").GetDouble(), shortfalls);
    }

    private static int? Score(JsonElement scored) =>
        scored.GetProperty("score") is { ValueKind: JsonValueKind.Number } score ? (int)Math.Round(score.GetDouble() * 100) : null;

    /// <summary>What the audit found, briefly: the elements or addresses it lists.</summary>
    private static string Found(JsonElement audit)
    {
        if (!audit.TryGetProperty("details", out var details) || !details.TryGetProperty("items", out var items)) return "";
        var found = items.EnumerateArray().Take(5).Select(item =>
            item.TryGetProperty("node", out var node) && node.TryGetProperty("snippet", out var snippet) ? snippet.GetString()
            : item.TryGetProperty("url", out var url) ? url.GetString()
            : item.TryGetProperty("sourceLocation", out var source) ? source.GetProperty("url").GetString()
            : null).OfType<string>().ToList();
        return found.Count == 0 ? "" : ": " + string.Join(" ", found);
    }
}
