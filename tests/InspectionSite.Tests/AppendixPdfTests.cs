using InspectionSite.Content.Papers;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The appendices a meeting's front matter lists with a 'file': published beside the paper, linked from the meeting
/// page with their pages and size, searchable at the paper's weight, refused as the paper is, and listed on the
/// accessibility statement when untagged.
/// </summary>
public sealed class AppendixPdfTests : IDisposable
{
    private const string Meeting = "2022-09-29";
    private const string FileName = "2022-09-29-appendix-a.pdf";

    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    /// <summary>Lists an appendix first among the meeting's documents; returns the line its 'file' is on.</summary>
    private int ListAppendix(string file = FileName) =>
        InputEdits.Replace(_folder[$"input/meetings/{Meeting}.md"], "documents:\n",
            $"documents:\n  - title: \"Appendix A – Action plan\"\n    kind: appendix\n    file: {file}\n") + 3;

    private void PutAppendix(byte[] bytes) => File.WriteAllBytes(_folder[$"input/meetings/{FileName}"], bytes);

    [Trait("Speed", "Slow")]
    [Fact]
    public void An_appendix_is_published_beside_the_paper_and_linked_with_its_title_pages_and_size()
    {
        ListAppendix();
        var bytes = TestPdf.Of([new TestPdf.Line("Appendix A", Heading: true), new TestPdf.Line("The quarterly action plan for vulnerability.")]);
        PutAppendix(bytes);
        SiteBuilder.Build(_folder["input"], _folder["output"]);

        Assert.Equal(bytes, File.ReadAllBytes(_folder["output/meetings/2022-09-29/appendix-a.pdf"]));
        var page = BuiltSite.Open(_folder["output"], "/meetings/2022-09-29/");
        var link = page.QuerySelector("#documents + ul a[href$='/meetings/2022-09-29/appendix-a.pdf']")!;
        Assert.Equal("Appendix A – Action plan", link.TextContent.Trim());
        Assert.Contains($"(appendix; PDF, 1 page, {PaperPdf.SizeText(bytes.Length)}; it may not be accessible", link.ParentElement!.TextContent);

        // Its text is searchable at the paper's low weight.
        var text = link.ParentElement.QuerySelector("[data-pagefind-weight]")!;
        Assert.Equal("0.1", text.GetAttribute("data-pagefind-weight"));
        Assert.True(text.HasAttribute("hidden"));
        Assert.Contains("The quarterly action plan for vulnerability.", text.TextContent);

        // Made without tags, it is listed in the accessibility statement, by its meeting and title.
        var listed = BuiltSite.Open(_folder["output"], "/accessibility/").QuerySelector("#papers-not-accessible + p + ul")!;
        Assert.Contains("Joint Audit Committee, 29 September 2022, Appendix A – Action plan", listed.TextContent);
        Assert.NotNull(listed.QuerySelector("a[href$='/meetings/2022-09-29/appendix-a.pdf']"));

        // The other documents are listed as before.
        Assert.Contains("(background document; the paper gives no link)", page.QuerySelector("#documents + ul")!.TextContent);
    }

    [Fact]
    public void A_listed_appendix_that_is_not_there_is_an_error_at_its_file_line()
    {
        var line = ListAppendix();
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith($"input/meetings/{Meeting}.md", problem.Location.File);
        Assert.Equal((line, 11), (problem.Location.Line, problem.Location.Column));
        Assert.Contains($"{FileName} is not in the meetings folder", problem.Message);
        Assert.Contains($"meetings/{FileName}", problem.Fix);
        Assert.False(Directory.Exists(_folder["output"]));
    }

    [Fact]
    public void An_appendix_that_is_not_a_pdf_is_refused_with_its_name()
    {
        ListAppendix();
        PutAppendix("<html>Appendix A</html>"u8.ToArray());
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith($"input/meetings/{FileName}", problem.Location.File);
        Assert.Contains("not a PDF", problem.Message);
        Assert.False(Directory.Exists(_folder["output"]));
    }

    [Fact]
    public void An_appendix_holding_javascript_is_refused()
    {
        ListAppendix();
        PutAppendix(TestPdf.WithJavaScript());
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith(FileName, problem.Location.File);
        Assert.Contains("JavaScript", problem.Message);
    }

    [Fact]
    public void An_appendix_over_the_size_limit_is_refused()
    {
        ListAppendix();
        using (var file = File.Create(_folder[$"input/meetings/{FileName}"])) file.SetLength(PdfReading.MaxBytes + 1);
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith(FileName, problem.Location.File);
        Assert.Contains("the limit is 20.0 MB", problem.Message);
    }

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("appendix-a.docx")]
    [InlineData("/etc/appendix.pdf")]
    public void A_file_that_is_not_a_pdf_name_beside_the_meeting_is_refused_where_it_is_written(string file)
    {
        var line = ListAppendix(file);
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.Equal(line, problem.Location.Line);
        Assert.Contains("is not the name of a PDF file", problem.Message);
    }

    [Fact]
    public void Two_appendices_named_to_the_same_address_are_an_error()
    {
        ListAppendix();
        InputEdits.Replace(_folder[$"input/meetings/{Meeting}.md"], "documents:\n", "documents:\n  - title: \"Appendix A again\"\n    kind: appendix\n    file: 2022-09-29 Appendix A.pdf\n");
        PutAppendix(TestPdf.Of([new TestPdf.Line("Appendix A")]));
        File.Copy(_folder[$"input/meetings/{FileName}"], _folder["input/meetings/2022-09-29 Appendix A.pdf"]);
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.Contains("/meetings/2022-09-29/appendix-a.pdf is taken", problem.Message);
    }

    [Fact]
    public void A_pdf_that_no_meeting_lists_is_still_an_error()
    {
        PutAppendix(TestPdf.Of([new TestPdf.Line("Appendix A")]));
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith(FileName, problem.Location.File);
        Assert.Contains($"file: {FileName}", problem.Fix);
    }
}
