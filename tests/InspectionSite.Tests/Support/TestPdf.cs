using System.Text.RegularExpressions;
using InspectionSite.Content.Drafting;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace InspectionSite.Tests.Support;

/// <summary>
/// PDFs made for a test in its temporary folder with PDFsharp: a seed paper's text laid out as a council's PDF lays it
/// out (bold, larger headings; a space between paragraphs; pages of A4), and broken ones. None is ever a paper as published.
/// </summary>
public static partial class TestPdf
{
    /// <summary>One line of a paper as a test lays it out.</summary>
    public sealed record Line(string Text, bool Heading = false, bool Bullet = false, bool NewParagraph = true);

    public static byte[] Of(IEnumerable<Line> lines)
    {
        Fonts.Ensure();
        using var document = new PdfDocument();
        var body = new XFont(Fonts.Family, 11);
        var bold = new XFont(Fonts.Family, 13, XFontStyleEx.Bold);
        const double margin = 56, width = 595 - 2 * margin;
        PdfPage? page = null;
        XGraphics? graphics = null;
        double y = 0;
        void NewPage()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Width = XUnit.FromPoint(595);
            page.Height = XUnit.FromPoint(842);
            graphics = XGraphics.FromPdfPage(page);
            y = margin;
        }
        NewPage();
        foreach (var line in lines)
        {
            var font = line.Heading ? bold : body;
            if (line.NewParagraph) y += font.Size * 0.9;
            var indent = line.Bullet ? 18 : 0;
            var first = true;
            foreach (var wrapped in Wrap(graphics!, line.Text, font, width - indent))
            {
                if (y + font.Size * 1.3 > 842 - margin) NewPage();
                y += font.Size * 1.3;
                graphics!.DrawString(first && line.Bullet ? "• " + wrapped : wrapped, font, XBrushes.Black, margin + (first || !line.Bullet ? 0 : 9) + (line.Bullet ? 0 : indent), y);
                first = false;
            }
        }
        graphics?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A seed paper's transcript (Markdown and bits of HTML) as the lines its PDF had.</summary>
    public static IEnumerable<Line> FromTranscript(string transcript)
    {
        var blank = true;
        foreach (var raw in PaperBlocks.Flatten(transcript).Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length == 0 || text is "---" or "--") { blank = true; continue; }
            var heading = text.StartsWith('#') || (text.StartsWith("**") && text.EndsWith("**"));
            var bullet = Bullet().IsMatch(text);
            text = PaperBlocks.Plain(Bullet().Replace(text.TrimStart('#', ' '), ""));
            if (text.Length == 0) continue;
            yield return new Line(text, heading, bullet, blank || heading || bullet);
            blank = heading;
        }
    }

    public static byte[] FromTranscriptFile(string path) => Of(FromTranscript(File.ReadAllText(path)));

    /// <summary>A PDF whose opening action runs JavaScript.</summary>
    public static byte[] WithJavaScript()
    {
        Fonts.Ensure();
        using var document = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
            graphics.DrawString("A paper with a script.", new XFont(Fonts.Family, 11), XBrushes.Black, 56, 80);
        var action = new PdfDictionary(document);
        action.Elements["/S"] = new PdfName("/JavaScript");
        action.Elements["/JS"] = new PdfString("app.alert('hello');");
        document.Internals.Catalog.Elements["/OpenAction"] = action;
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static IEnumerable<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var tried = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics.MeasureString(tried, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = tried;
        }
        if (line.Length > 0) yield return line;
    }

    [GeneratedRegex(@"^\s*[-*]\s+")]
    private static partial Regex Bullet();

    /// <summary>PDFsharp finds no fonts of its own on Linux: DejaVu Sans, which Debian installs, is given to it once.</summary>
    private sealed class Fonts : IFontResolver
    {
        public const string Family = "DejaVu Sans";
        private static readonly Lazy<bool> Set = new(() =>
        {
            GlobalFontSettings.FontResolver = new Fonts();
            return true;
        });

        public static void Ensure() => _ = Set.Value;

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName) => File.ReadAllBytes($"/usr/share/fonts/truetype/dejavu/{faceName}.ttf");
    }
}
