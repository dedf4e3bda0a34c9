using System.Text;
using InspectionSite.Content.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace InspectionSite.Content.Papers;

/// <summary>
/// Reads a paper's PDF with PdfPig, refusing what the site must not publish: a file that is not a PDF or cannot be read,
/// one that holds JavaScript (it would run in a reader's PDF viewer from our address), and one over the size limit.
/// </summary>
public static class PdfReading
{
    /// <summary>A committee paper with its appendices is a few megabytes; far beyond that the file is a mistake.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The PDF in <paramref name="path"/>, or null with the problem added to <paramref name="diagnostics"/>.</summary>
    public static PaperPdf? Read(string path, string display, DiagnosticBag diagnostics)
    {
        var result = Read(path, display);
        if (result.Problem is { } problem)
            diagnostics.Add(new SourceLocation(display, 1, 1), problem.Message, problem.Fix);
        return result.Pdf;
    }

    /// <summary>The PDF, or why it cannot be used.</summary>
    public static (PaperPdf? Pdf, (string Message, string Fix)? Problem) Read(string path, string display)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
            return (null, ($"The PDF is {PaperPdf.SizeText(size)}; the limit is {PaperPdf.SizeText(MaxBytes)}.",
                "Check that this is the committee paper; publish a very large appendix on the council's site and link it from the meeting's documents instead."));
        var bytes = File.ReadAllBytes(path);
        if (!StartsLikePdf(bytes))
            return (null, ("The file is not a PDF (it does not start with %PDF-).", $"Save the paper as PDF, or remove {Path.GetFileName(display)}."));
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (document.IsEncrypted)
                return (null, ("The PDF is encrypted, so its text cannot be read or checked.", "Ask the council for a copy without a password or restrictions."));
            if (HoldsJavaScript(document, bytes))
                return (null, ("The PDF holds JavaScript, which would run in a reader's PDF viewer; it is not published.",
                    "Ask the council for the paper as a plain PDF, or print it to PDF again without forms or scripts."));
            var pages = document.GetPages().Select(p => new PdfPageText(p.Number, PdfLines.Of(p))).ToList();
            return (new PaperPdf(display, bytes, pages, IsTagged(document)), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, ($"The PDF cannot be read ({e.Message.TrimEnd('.')}).", "Open it in a PDF reader to check it is whole; download it from the council's site again."));
        }
    }

    private static bool StartsLikePdf(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// Every object of the file is looked at, not only the document's opening action: a script can hang from a link,
    /// a form field or a page's actions. The bytes are searched too, for objects a damaged cross-reference table hides.
    /// </summary>
    private static bool HoldsJavaScript(PdfDocument document, byte[] bytes)
    {
        if (HasName(bytes, "/JavaScript"u8) || HasName(bytes, "/JS"u8)) return true;
        var scanner = document.Structure.TokenScanner;
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = scanner.Get(reference)?.Data;
            var dictionary = token as DictionaryToken ?? (token as StreamToken)?.StreamDictionary;
            if (dictionary is null) continue;
            if (dictionary.Data.ContainsKey("JS") || dictionary.Data.ContainsKey("JavaScript")) return true;
            if (dictionary.Data.Values.OfType<NameToken>().Any(n => n.Data == "JavaScript")) return true;
        }
        return false;
    }

    /// <summary>Whether the bytes hold the PDF name whole: "/JS" but not a font called "/JSKQPB+Arial".</summary>
    private static bool HasName(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> name)
    {
        for (var at = bytes.IndexOf(name); at >= 0;)
        {
            var end = at + name.Length;
            if (end >= bytes.Length || !char.IsAsciiLetterOrDigit((char)bytes[end])) return true;
            var next = bytes[end..].IndexOf(name);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    /// <summary>A tagged PDF says so in its catalogue (MarkInfo/Marked) and carries a structure tree.</summary>
    private static bool IsTagged(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var scanner = document.Structure.TokenScanner;
        if (!catalog.ContainsKey(NameToken.Create("StructTreeRoot"))) return false;
        if (!catalog.TryGet(NameToken.Create("MarkInfo"), out var markInfoToken)
            || !DirectObjectFinder.TryGet(markInfoToken, scanner, out DictionaryToken? markInfo)) return false;
        return markInfo.TryGet(NameToken.Create("Marked"), out var markedToken)
            && DirectObjectFinder.TryGet(markedToken, scanner, out BooleanToken? marked) && marked.Data;
    }
}

/// <summary>The lines of a page: words grouped by their baseline, top to bottom, left to right.</summary>
public static class PdfLines
{
    public static IReadOnlyList<PdfLine> Of(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(2, word.BoundingBox.Height * 0.4))
                line.Add(word);
            else
                lines.Add([word]);
        }
        return lines.Select(ToLine).ToList();
    }

    private static PdfLine ToLine(List<Word> words)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var text = new StringBuilder();
        foreach (var word in ordered)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(word.Text);
        }
        var letters = ordered.SelectMany(w => w.Letters).ToList();
        var size = letters.Count == 0 ? 0 : Math.Round(letters.Max(l => l.PointSize), 1);
        var bold = letters.Count > 0 && letters.All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
        return new PdfLine(text.ToString(), size, bold, letters.Count == 0 ? 0 : Math.Round(letters.Min(l => l.StartBaseLine.Y), 1));
    }
}
