namespace InspectionSite.Content.Papers;

/// <summary>
/// A committee paper's PDF as published: its bytes (copied to the site unchanged), its pages' text as lines, and what
/// the accessibility statement must say of it.
/// </summary>
public sealed record PaperPdf(string File, byte[] Content, IReadOnlyList<PdfPageText> Pages, bool IsTagged)
{
    public int PageCount => Pages.Count;

    /// <summary>A PDF with no text on any page is a scan: a screen reader finds nothing in it.</summary>
    public bool HasText => Pages.Any(p => p.Lines.Count > 0);

    public bool IsAccessible => HasText && IsTagged;

    /// <summary>The whole text, a line of the PDF per line, for search.</summary>
    public string Text => string.Join('\n', Pages.SelectMany(p => p.Lines).Select(l => l.Text));

    /// <summary>"PDF, 12 pages, 245 KB", as the meeting page gives it.</summary>
    public string Description => $"PDF, {PageCount} {(PageCount == 1 ? "page" : "pages")}, {SizeText(Content.Length)}";

    public static string SizeText(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.0} MB" : $"{Math.Max(1, (bytes + 512) / 1024)} KB";
}

/// <summary>One page's text, line by line from the top, as PdfPig finds the letters.</summary>
public sealed record PdfPageText(int Number, IReadOnlyList<PdfLine> Lines)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}

/// <summary>A line of a PDF page with the size and weight of its type, from which a draft guesses headings.</summary>
/// <param name="Baseline">How far up the page the line sits, in points: the space between lines tells paragraphs apart.</param>
public sealed record PdfLine(string Text, double FontSize, bool IsBold, double Baseline);
