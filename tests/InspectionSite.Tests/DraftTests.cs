using InspectionSite.Content.Drafting;
using InspectionSite.Content.Papers;
using InspectionSite.Scaffolding;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>"draft": a meeting file, a review and proposed rows from a paper, written only into drafts/.</summary>
public sealed class DraftTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    private string Input => _folder["input"];

    private string SeptemberPdf()
    {
        var path = _folder["2022-09-29.pdf"];
        File.WriteAllBytes(path, TestPdf.FromTranscriptFile(PaperPdfTests.Transcript("2022-09-29")));
        return path;
    }

    [Fact]
    public void A_draft_from_the_pdf_has_the_papers_sections_lists_and_front_matter()
    {
        Assert.Equal(0, DraftPaper.Run(SeptemberPdf(), Input, null).Exit);
        var meeting = File.ReadAllText(_folder["drafts/2022-09-29.md"]);
        Assert.Contains("title: \"Joint Audit Committee, 29 September 2022\"", meeting);
        Assert.Contains("agenda_item: \"07\"", meeting);
        Assert.Contains("contact_officer: \"Inspector 6828 Rachel Jones-Burns\"", meeting);
        Assert.Contains("\n## 2. West Midlands police PEEL inspection & national recommendations\n", meeting);
        Assert.Contains("\n- Thematic Inspection of ROCU – (Early October)\n", meeting);
        Assert.Contains("\n- difficulties in initial reporting;\n- failures in investigation;\n", meeting);
        Assert.Contains("  ppda-super-complaint: published-since-last-meeting\n", meeting);
        Assert.DoesNotContain("CONTACT OFFICER", meeting);
    }

    [Fact]
    public void The_review_lists_each_fact_with_its_sentence_and_whether_the_site_knows_it()
    {
        File.Delete(_folder["input/meetings/2022-09-29.md"]);
        DraftPaper.Run(SeptemberPdf(), Input, null);
        var review = File.ReadAllText(_folder["drafts/2022-09-29.review.md"]);
        Assert.Contains("| 10618 | Crimes Against Older People | ", review);
        Assert.Contains("recommendations.csv: 10618", review);
        Assert.Contains("| 45 | recommendations-open | 1 | totals.csv: 2022-09-29 recommendations-open |", review);
        var rows = File.ReadAllText(_folder["drafts/2022-09-29.rows.md"]);
        Assert.DoesNotContain("## recommendations.csv", rows); // every reference number is known
        Assert.DoesNotContain("## totals.csv", rows);
    }

    [Fact]
    public void A_draft_from_text_proposes_rows_for_what_the_site_does_not_know()
    {
        var empty = _folder["empty"];
        Directory.CreateDirectory(empty);
        var paper = _folder["2022-06-30.txt"];
        File.Copy(PaperPdfTests.Transcript("2022-06-30"), paper);
        DraftPaper.Run(paper, empty, _folder["out"]);
        var rows = File.ReadAllText(_folder["out/2022-06-30.rows.md"]);
        Assert.Contains("\n9159,cause-of-concern,,9159,,Hate Crime,", rows);
        Assert.Contains(",Within three months,", rows);
    }

    /// <summary>A report's items without reference numbers are proposed by their number in it, under the report's ID where the site knows the report.</summary>
    [Fact]
    public void A_draft_proposes_a_reports_unnumbered_items_by_their_number_in_it()
    {
        var rows = RecommendationsRows(File.ReadAllLines(_folder["input/recommendations.csv"]).Where(l => !l.StartsWith("finding-time-for-crime-", StringComparison.Ordinal)));
        Assert.Contains("\nfinding-time-for-crime-1,recommendation,finding-time-for-crime,,1,,\"By March 2023, forces should make sure their crime scene management practices", rows);
        Assert.Contains(",By March 2023,,,,,2022-09-29,\"The Police Response to Burglary, robbery and other acquisitive crime", rows);
        Assert.Contains("\nfinding-time-for-crime-2,recommendation,finding-time-for-crime,,2,,", rows);
        Assert.DoesNotContain("ppda-super-complaint-1", rows); // known: the site has it
    }

    /// <summary>Rows are proposed in the columns of the file the office keeps, so they paste below its header as they are.</summary>
    [Fact]
    public void Proposed_rows_have_the_columns_of_the_input_file_they_go_into()
    {
        var kept = File.ReadAllLines(_folder["input/recommendations.csv"]);
        var rows = RecommendationsRows(kept.Where(l => !l.StartsWith("finding-time-for-crime-", StringComparison.Ordinal)));
        var lines = rows[(rows.IndexOf("```csv\n", StringComparison.Ordinal) + 7)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(kept[0], lines[0]);
        var columns = kept[0].Split(',').Length;
        Assert.All(lines.Skip(1), line => Assert.Equal(columns, Cells(line)));
        Assert.True(lines.Length > 2, rows);
    }

    /// <summary>The cells of one CSV line, counting commas outside double quotes.</summary>
    private static int Cells(string line) => 1 + line.Aggregate((Quoted: false, Commas: 0),
        (s, c) => c == '"' ? (!s.Quoted, s.Commas) : c == ',' && !s.Quoted ? (s.Quoted, s.Commas + 1) : s).Commas;

    /// <summary>A report the site does not know is listed in the draft meeting under the ID its proposed row gives it.</summary>
    [Fact]
    public void A_new_report_is_in_the_draft_meetings_reports_under_the_id_of_its_proposed_row()
    {
        var reports = _folder["input/reports.csv"];
        File.WriteAllLines(reports, File.ReadAllLines(reports).Where(l => !l.StartsWith("finding-time-for-crime,", StringComparison.Ordinal)));
        var paper = _folder["2022-09-29.txt"];
        File.Copy(PaperPdfTests.Transcript("2022-09-29"), paper);
        DraftPaper.Run(paper, Input, _folder["out"]);

        var rows = File.ReadAllText(_folder["out/2022-09-29.rows.md"]);
        var table = rows[rows.IndexOf("## reports.csv", StringComparison.Ordinal)..];
        var proposed = table.Split('\n')[4].Split(',')[0];
        Assert.Contains("finding-time", proposed);
        var meeting = File.ReadAllText(_folder["out/2022-09-29.md"]);
        Assert.Contains($"\n  {proposed}: published-since-last-meeting\n", meeting);
        Assert.Contains("\n  ppda-super-complaint: published-since-last-meeting\n", meeting);
    }

    private string RecommendationsRows(IEnumerable<string> recommendations)
    {
        File.WriteAllLines(_folder["input/recommendations.csv"], recommendations);
        var paper = _folder["2022-09-29.txt"];
        File.Copy(PaperPdfTests.Transcript("2022-09-29"), paper);
        DraftPaper.Run(paper, Input, _folder["out"]);
        var rows = File.ReadAllText(_folder["out/2022-09-29.rows.md"]);
        var start = rows.IndexOf("## recommendations.csv", StringComparison.Ordinal);
        Assert.True(start >= 0, rows);
        return rows[start..rows.IndexOf("```\n", rows.IndexOf("```csv", start, StringComparison.Ordinal) + 6, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("Four recommendations have been made, of which two are police-specific:\n\n- 1.) Immediately, police should review their files.\n- 2.) Forces should share data.", 2)]
    [InlineData("These inspections are notified:\n\n- 1.) Thematic Inspection of Digital Forensics (W/C 4th April).", 0)]
    [InlineData("Two recommendations remain:\n\n- 1.) Hate Crime (Recommendation 9159). Forces should use the flag.", 0)]
    [InlineData("### Recommendation 1.)\n\nForces should make sure supervisors have capacity.", 1)]
    public void An_item_is_found_under_its_number_only_where_the_paper_words_it(string text, int items) =>
        Assert.Equal(items, FactFinder.Find(PaperBlocks.FromText(text)).Count(f => f.Kind == FactKind.Item));

    [Fact]
    public void A_draft_that_would_overwrite_is_refused_and_nothing_is_written()
    {
        Directory.CreateDirectory(_folder["drafts"]);
        File.WriteAllText(_folder["drafts/2022-09-29.review.md"], "My notes.");
        var outcome = DraftPaper.Run(SeptemberPdf(), Input, null);
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("2022-09-29.review.md already exists; nothing was written", outcome.Message);
        Assert.Equal("My notes.", File.ReadAllText(_folder["drafts/2022-09-29.review.md"]));
        Assert.False(File.Exists(_folder["drafts/2022-09-29.md"]));
    }

    [Theory]
    [InlineData("The 2021 PEEL inspection is now complete however the programme is a rolling one.", "2021 PEEL inspection")]
    [InlineData("There has also been the biennial request for force data – the Spring Data Request.", "Spring Data Request")]
    [InlineData("In addition to the PEEL inspection regime, forces may be inspected in other ways.", null)]
    [InlineData("HMICFRS may carry out a PEEL inspection at any time.", null)]
    [InlineData("The data request is for performance data.", null)]
    public void An_inspection_running_text_names_by_its_year_or_its_own_name_is_found_with_its_sentence(string sentence, string? title)
    {
        var found = FactFinder.Find(PaperBlocks.FromText(sentence)).Where(f => f.Kind == FactKind.Inspection).ToList();
        if (title is null) Assert.Empty(found);
        else Assert.Equal((title, sentence), (Assert.Single(found).Text, Assert.Single(found).Sentence));
    }

    [Fact]
    public void A_missing_paper_is_refused()
    {
        var outcome = DraftPaper.Run(_folder["input/meetings/2022-12-15.pdf"], Input, null);
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("2022-12-15.pdf: the file does not exist", outcome.Message);
        Assert.False(Directory.Exists(_folder["drafts"]));
    }

    [Fact]
    public void A_pdf_that_is_not_a_pdf_is_refused()
    {
        var path = _folder["2022-12-15.pdf"];
        File.WriteAllText(path, "Agenda Item 07");
        var outcome = DraftPaper.Run(path, Input, null);
        Assert.Equal(2, outcome.Exit);
        Assert.Contains("2022-12-15.pdf: The file is not a PDF", outcome.Message);
        Assert.False(Directory.Exists(_folder["drafts"]));
    }

    [Fact]
    public void A_file_of_another_kind_is_refused()
    {
        var path = _folder["2022-12-15.docx"];
        File.WriteAllText(path, "");
        Assert.Contains("not a .docx file", DraftPaper.Run(path, Input, null).Message);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void On_the_command_line_the_draft_lands_beside_input_and_the_build_ignores_it()
    {
        var pdf = SeptemberPdf();
        var (exit, output, _) = Generator.Run(_folder.Path, "draft", pdf);
        Assert.Equal(0, exit);
        Assert.Contains("drafts/2022-09-29.review.md", output);
        (exit, _, var errors) = Generator.Run(_folder.Path, "draft", pdf);
        Assert.Equal(2, exit);
        Assert.Contains("already exists", errors);
    }
}
