using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Papers;

/// <summary>
/// Gives each meeting the PDF of its paper that the editor put beside its Markdown (meetings/2022-09-29.pdf). A PDF
/// without a meeting file is an error, since it would otherwise never be published or checked.
/// </summary>
public static class MeetingPapers
{
    public static IReadOnlyList<Meeting> Attach(IReadOnlyList<Meeting> meetings, string meetingsFolder, Func<string, string> display, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(meetingsFolder)) return meetings;
        // A meeting file with a problem is still the PDF's meeting: its own error says what is wrong.
        var ids = Directory.EnumerateFiles(meetingsFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var pdfs = Directory.EnumerateFiles(meetingsFolder)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        foreach (var (id, path) in pdfs.Where(p => !ids.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            diagnostics.Add(new SourceLocation(display(Path.GetFileName(path)), 1, 1), $"No meeting file {id}.md is beside this PDF.",
                $"Name the PDF after its meeting's file (2022-09-29.pdf beside 2022-09-29.md), or make the meeting with: new meeting {id}");
        return meetings
            .Select(m => pdfs.TryGetValue(m.Id, out var path) && PdfReading.Read(path, display(Path.GetFileName(path)), diagnostics) is { } pdf ? m with { Pdf = pdf } : m)
            .ToList();
    }
}
