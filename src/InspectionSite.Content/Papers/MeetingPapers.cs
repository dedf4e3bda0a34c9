using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Papers;

/// <summary>
/// Gives each meeting the PDF of its paper that the editor put beside its Markdown (meetings/2022-09-29.pdf), and the
/// PDFs of the documents its front matter lists with a 'file' (appendices). A PDF that is neither is an error, since it
/// would otherwise never be published or checked.
/// </summary>
public static class MeetingPapers
{
    public static IReadOnlyList<Meeting> Attach(IReadOnlyList<Meeting> meetings, string meetingsFolder, Func<string, string> display, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(meetingsFolder)) return meetings;
        // A meeting file with a problem is still the PDF's meeting: its own error says what is wrong.
        var ids = Directory.EnumerateFiles(meetingsFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var listed = meetings.SelectMany(m => m.Documents).Select(d => d.File).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var pdfs = Directory.EnumerateFiles(meetingsFolder)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        foreach (var (id, path) in pdfs.Where(p => !ids.Contains(p.Key) && !listed.Contains(Path.GetFileName(p.Value))).OrderBy(p => p.Key, StringComparer.Ordinal))
            diagnostics.Add(new SourceLocation(display(Path.GetFileName(path)), 1, 1), $"No meeting file {id}.md is beside this PDF, and no meeting lists it as a document's file.",
                $"Name the PDF after its meeting's file (2022-09-29.pdf beside 2022-09-29.md), list it in its meeting's documents ('file: {Path.GetFileName(path)}'), or make the meeting with: new meeting {id}");
        return meetings
            .Select(m => pdfs.TryGetValue(m.Id, out var path) && PdfReading.Read(path, display(Path.GetFileName(path)), diagnostics) is { } pdf ? m with { Pdf = pdf } : m)
            .Select(m => m with { Attached = AttachedTo(m, meetingsFolder, display, diagnostics) })
            .ToList();
    }

    /// <summary>The PDFs of the documents a meeting lists with a file, each at an address of its own beside the paper.</summary>
    private static IReadOnlyList<AttachedPdf> AttachedTo(Meeting meeting, string meetingsFolder, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var attached = new List<AttachedPdf>();
        var addresses = new HashSet<string>(StringComparer.Ordinal) { PaperAddress.Of(meeting.Id) };
        foreach (var document in meeting.Documents)
        {
            if (document is not { File: { } file, FileAt: { } at }) continue;
            var path = Path.Combine(meetingsFolder, file);
            if (!File.Exists(path))
            {
                diagnostics.Add(at, $"The document's file {file} is not in the meetings folder.",
                    $"Put the PDF at {display(file)}, beside the meeting's file, or correct its name, or delete the 'file' line.");
                continue;
            }
            var address = PaperAddress.Of(meeting.Id, file);
            if (address is null || !addresses.Add(address))
            {
                diagnostics.Add(at, $"The file name {file} gives no address of its own on the meeting's page{(address is null ? "" : $" ({address} is taken)")}.",
                    "Name each document's PDF by what it is, after the meeting's date: 2022-09-29-appendix-a.pdf, 2022-09-29-appendix-b.pdf.");
                continue;
            }
            if (PdfReading.Read(path, display(file), diagnostics) is { } pdf) attached.Add(new AttachedPdf(document, address, pdf));
        }
        return attached;
    }
}
