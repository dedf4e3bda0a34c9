using System.Diagnostics;
using System.Text.Json;
using InspectionSite.Tests.Support;
using InspectionSite.Tools;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar from npm, run on the machine's Java) over every HTML file in a folder.
/// Only errors count: its warnings are advice.
/// </summary>
public static class NuHtmlChecker
{
    public static async Task<IReadOnlyList<Finding>> CheckAsync(string folder)
    {
        var jar = NodePackages.Locate().PathOf("vnu-jar", "build/dist/vnu.jar");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json", "--stdout", "--skip-non-html", folder })
            start.ArgumentList.Add(argument);

        using var java = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        var output = java.StandardOutput.ReadToEndAsync();
        var errors = java.StandardError.ReadToEndAsync();
        await java.WaitForExitAsync();
        var report = await output;
        if (string.IsNullOrWhiteSpace(report))
            throw new InvalidOperationException($"vnu.jar gave no report (exit code {java.ExitCode}): {await errors}");

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(message => new Finding(PageOf(message, folder), Describe(message)))
            .ToList();
    }

    /// <summary>vnu names a file as "file:/path/to/file".</summary>
    private static string PageOf(JsonElement message, string folder) =>
        message.TryGetProperty("url", out var url) && url.GetString() is { } address
            ? BuiltSite.PathOf(Path.GetRelativePath(folder, Uri.UnescapeDataString(address["file:".Length..])))
            : "(no file)";

    private static string Describe(JsonElement message)
    {
        var line = message.TryGetProperty("lastLine", out var l) ? $"line {l.GetInt32()}: " : "";
        var extract = message.TryGetProperty("extract", out var e) ? $" In: {string.Join(' ', (e.GetString() ?? "").Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))}" : "";
        return $"Nu Html Checker {message.GetProperty("type").GetString()}: {line}{message.GetProperty("message").GetString()}{extract}";
    }
}
