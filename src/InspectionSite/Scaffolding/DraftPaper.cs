using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Drafting;
using InspectionSite.Content.Model;
using InspectionSite.Content.Papers;
using InspectionSite.Content.Reading;

namespace InspectionSite.Scaffolding;

/// <summary>
/// "draft": reads a paper (its PDF, or its text) and writes into the drafts folder, beside input/ and never read by the
/// build, a draft meeting file, a review of the facts it found and the rows it proposes. It writes nothing else.
/// </summary>
public static class DraftPaper
{
    /// <summary>The drafts folder when none is given: beside the input folder, so the build never reads it.</summary>
    public static string DefaultFolder(string inputFolder) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputFolder)) ?? ".", "drafts");

    public static Outcome Run(string paper, string inputFolder, string? draftsFolder)
    {
        var display = Templates.Display(paper);
        if (!File.Exists(paper)) return Outcome.Refused($"{display}: the file does not exist. Fix: give the path of the paper's PDF (or its text, as .txt).");
        var id = Path.GetFileNameWithoutExtension(paper);
        if (!Ids.IsValid(id)) return Outcome.Refused($"{display}: '{id}' cannot name a meeting. Fix: rename the file after the meeting's date, e.g. 2022-12-15.pdf.");
        var (blocks, problem) = Read(paper, display);
        if (problem is not null) return Outcome.Refused(problem);

        var folder = draftsFolder ?? DefaultFolder(inputFolder);
        var files = new[] { (Path.Combine(folder, id + ".md"), 0), (Path.Combine(folder, id + ".review.md"), 1), (Path.Combine(folder, id + ".rows.md"), 2) };
        if (files.FirstOrDefault(f => File.Exists(f.Item1)).Item1 is { } existing)
            return Outcome.Refused($"{Templates.Display(existing)} already exists; nothing was written. Fix: move or delete the earlier draft of this paper first.");

        var draft = PaperDrafter.Draft(id, Path.GetFileName(paper), blocks!, ReadSite(inputFolder),
            file => CsvRowAppender.HeaderOf(Path.Combine(inputFolder, file)));
        Directory.CreateDirectory(folder);
        foreach (var (path, which) in files)
            File.WriteAllText(path, which switch { 0 => draft.MeetingFile, 1 => draft.Review, _ => draft.ProposedRows }, new System.Text.UTF8Encoding(false));
        var counts = string.Join(", ", draft.Facts.GroupBy(f => f.Kind).Select(g => $"{g.Count()} {g.Key}"));
        return Outcome.Done($"Wrote {string.Join(", ", files.Select(f => Templates.Display(f.Item1)))}. Found: {(counts.Length == 0 ? "nothing" : counts)}. " +
            $"Next: read the review, copy the rows you confirm into input/, and move the meeting file to {Templates.Display(Path.Combine(inputFolder, "meetings", id + ".md"))}.");
    }

    private static (IReadOnlyList<PaperBlock>? Blocks, string? Problem) Read(string paper, string display)
    {
        var extension = Path.GetExtension(paper).ToLowerInvariant();
        if (extension == ".pdf")
        {
            var (pdf, problem) = PdfReading.Read(paper, display);
            if (problem is { } p) return (null, $"{display}: {p.Message} Fix: {p.Fix}");
            if (!pdf!.HasText) return (null, $"{display}: the PDF has no text layer (it is a scanned image), so there is nothing to draft from. Fix: ask the council for the original, or run it through text recognition (OCR) and draft from the text.");
            return (PaperBlocks.FromPdf(pdf), null);
        }
        if (extension is ".txt" or ".md")
        {
            var bytes = File.ReadAllBytes(paper);
            if (bytes.AsSpan().StartsWith("%PDF-"u8)) return (null, $"{display}: the file is a PDF named {extension}. Fix: rename it to .pdf.");
            return (PaperBlocks.FromText(SourceText.Decode(bytes)), null);
        }
        return (null, $"{display}: a draft is made from a PDF or a text file, not a {extension} file. Fix: save the paper as PDF, or its text as .txt.");
    }

    /// <summary>What the site already holds, to tell new facts from known ones; input with problems still tells most.</summary>
    private static ContentSet? ReadSite(string inputFolder) =>
        Directory.Exists(inputFolder) ? new InputReader(inputFolder, new DiagnosticBag()).Read() : null;
}
