using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Papers;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>A meeting's paper as published: read with PdfPig, linked with its size and pages, searchable at a low weight, refused when unsafe.</summary>
public sealed class PaperPdfTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    public static string Transcript(string meeting) => Path.Combine(Repository.TestSource, "Papers", meeting + ".txt");

    private string PutPaper(string meeting, byte[] bytes)
    {
        var path = _folder[$"input/meetings/{meeting}.pdf"];
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void The_paper_is_published_beside_its_meeting_and_linked_with_its_pages_and_size()
    {
        var bytes = TestPdf.FromTranscriptFile(Transcript("2022-09-29"));
        PutPaper("2022-09-29", bytes);
        SiteBuilder.Build(_folder["input"], _folder["output"]);

        Assert.Equal(bytes, File.ReadAllBytes(_folder["output/meetings/2022-09-29/paper.pdf"]));
        var page = BuiltSite.Open(_folder["output"], "/meetings/2022-09-29/");
        var link = page.QuerySelector("a[href$='/meetings/2022-09-29/paper.pdf']")!;
        Assert.Equal("The paper as published", link.TextContent.Trim());
        var pages = PdfReading.Read(_folder["input/meetings/2022-09-29.pdf"], "paper").Pdf!.PageCount;
        Assert.Contains($"(PDF, {pages} pages, {PaperPdf.SizeText(bytes.Length)}", link.ParentElement!.TextContent);

        // The paper's text is searchable on the meeting page, at a tenth of the weight of the page's own words.
        var text = page.QuerySelector("[data-pagefind-weight]")!;
        Assert.Equal("0.1", text.GetAttribute("data-pagefind-weight"));
        Assert.True(text.HasAttribute("hidden"));
        Assert.Contains("Finding time for crime published on 11th August 2022", text.TextContent);

        // Made without tags, it is listed in the accessibility statement.
        var statement = BuiltSite.Open(_folder["output"], "/accessibility/");
        Assert.Contains("Joint Audit Committee, 29 September 2022", statement.QuerySelector("#papers-not-accessible + p + ul")!.TextContent);
        Assert.Contains("not tagged", statement.QuerySelector("#papers-not-accessible + p + ul")!.TextContent);

        // A meeting without a PDF says nothing of one.
        Assert.Null(BuiltSite.Open(_folder["output"], "/meetings/2022-06-30/").QuerySelector(".paper-as-published"));
    }

    [Fact]
    public void A_meeting_without_its_pdf_links_the_councils_copy_from_its_front_matter()
    {
        InputEdits.Replace(_folder["input/meetings/2022-06-30.md"], "paper: \"HMICFRS update\"", "paper: \"HMICFRS update\"\npaper_url: https://governance.example.gov.uk/jac-2022-06-30-item-07.pdf");
        var site = LinkedSite.From(_folder["input"]);
        Assert.Equal("https://governance.example.gov.uk/jac-2022-06-30-item-07.pdf", site.Meetings.Single(m => m.Id == "2022-06-30").PaperUrl);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_with_its_name_and_nothing_is_published()
    {
        PutPaper("2022-09-29", "<html>Agenda item 07</html>"u8.ToArray());
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith("input/meetings/2022-09-29.pdf", problem.Location.File);
        Assert.Contains("not a PDF", problem.Message);
        Assert.False(Directory.Exists(_folder["output"]));
    }

    [Fact]
    public void A_damaged_pdf_is_refused()
    {
        var bytes = TestPdf.Of([new TestPdf.Line("A short paper.")]);
        PutPaper("2022-09-29", bytes[..(bytes.Length / 3)]);
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith("2022-09-29.pdf", problem.Location.File);
        Assert.Contains("cannot be read", problem.Message);
    }

    [Fact]
    public void A_pdf_holding_javascript_is_refused()
    {
        PutPaper("2022-09-29", TestPdf.WithJavaScript());
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith("2022-09-29.pdf", problem.Location.File);
        Assert.Contains("JavaScript", problem.Message);
    }

    [Fact]
    public void A_pdf_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = PutPaper("2022-09-29", []);
        using (var file = File.OpenWrite(path)) file.SetLength(PdfReading.MaxBytes + 1);
        var diagnostics = new DiagnosticBag();
        Assert.Null(PdfReading.Read(path, "input/meetings/2022-09-29.pdf", diagnostics));
        Assert.Contains("the limit is 20.0 MB", Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public void A_pdf_without_a_meeting_file_is_an_error()
    {
        PutPaper("2022-12-15", TestPdf.Of([new TestPdf.Line("A short paper.")]));
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.Contains("No meeting file 2022-12-15.md", problem.Message);
        Assert.Contains("new meeting 2022-12-15", problem.Fix);
    }

    [Fact]
    public void A_plain_pdf_has_text_and_no_tags()
    {
        var bytes = TestPdf.Of([new TestPdf.Line("A paper with a text layer and no tags.")]);
        var path = PutPaper("2022-09-29", bytes);
        var (pdf, problem) = PdfReading.Read(path, "paper");
        Assert.Null(problem);
        Assert.False(pdf!.IsTagged);
        Assert.True(pdf.HasText);
    }
}
