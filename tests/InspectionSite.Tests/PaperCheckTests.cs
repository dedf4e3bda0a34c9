using InspectionSite.Content.Papers;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>"check" against the paper: sentences of the PDF that the site does not carry, or words differently, with their page.</summary>
public sealed class PaperCheckTests
{
    private static PaperPdf Pdf(params TestPdf.Line[] lines)
    {
        using var folder = new TempFolder();
        var path = folder["paper.pdf"];
        File.WriteAllBytes(path, TestPdf.Of(lines));
        return PdfReading.Read(path, "input/meetings/2022-09-29.pdf").Pdf!;
    }

    [Fact]
    public void A_sentence_the_site_carries_word_for_word_is_not_reported()
    {
        var pdf = Pdf(new TestPdf.Line("No further PEEL inspection activity is scheduled for WMP at the present time."));
        Assert.Empty(PaperCheck.Compare(pdf, ["## 2. PEEL\n\nNo further **PEEL** inspection activity is scheduled for WMP at the present time."]));
    }

    [Fact]
    public void A_sentence_worded_differently_is_reported_with_both_wordings_and_its_page()
    {
        var pdf = Pdf(new TestPdf.Line("No further PEEL inspection activity is scheduled for WMP at the present time."));
        var warning = Assert.Single(PaperCheck.Compare(pdf, ["No PEEL inspection activity is scheduled for WMP at present."]));
        Assert.Equal(("input/meetings/2022-09-29.pdf", 1), (warning.Location.File, warning.Location.Line));
        Assert.Contains("the site words it differently: “No PEEL inspection activity is scheduled for WMP at present.”", warning.Message);
    }

    [Fact]
    public void A_sentence_the_site_does_not_carry_is_reported()
    {
        var pdf = Pdf(new TestPdf.Line("This report is submitted for the information of the Committee."));
        var warning = Assert.Single(PaperCheck.Compare(pdf, ["Something else entirely."]));
        Assert.Contains("which nothing on the site that cites this paper carries", warning.Message);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void The_check_command_warns_with_the_pdfs_page_and_still_passes()
    {
        using var folder = TempFolder.WithRealInput();
        File.WriteAllBytes(folder["input/meetings/2022-09-29.pdf"], TestPdf.FromTranscriptFile(PaperPdfTests.Transcript("2022-09-29")));
        var (exit, _, errors) = Generator.Run(folder.Path, "check", "--as-of", "2022-10-01");
        Assert.Equal(0, exit);
        Assert.Matches(@"input/meetings/2022-09-29\.pdf:\d+:1: warning: Page \d+ of the paper says", errors);
    }
}
