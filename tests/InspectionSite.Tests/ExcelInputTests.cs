using System.Text;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Tests;

/// <summary>CSV as Excel really saves it: encodings, line endings, UK dates, quoted multi-line cells, loose headers.</summary>
public sealed class ExcelInputTests
{
    private const string Header = "id,title,kind,published,inspection,fieldwork_in_force,judgement,url,topics";

    private static (IReadOnlyList<Report> Reports, IReadOnlyList<Diagnostic> Problems) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var reports = ReportsTable.Schema.Read(text, new CsvReadContext("reports.csv", diagnostics));
        return (reports, diagnostics.Sorted());
    }

    [Fact]
    public void Windows_1252_text_is_read_with_its_curly_quotes_pound_sign_and_en_dash()
    {
        var windows1252 = CodePages.GetEncoding(1252);
        var bytes = windows1252.GetBytes(Header + "\r\nr1,\u201CFinding time\u201D \u2013 \u00A3 costs,spotlight,11/08/2022,,,,,\r\n");
        var (reports, problems) = Read(SourceText.Decode(bytes));
        Assert.Empty(problems);
        Assert.Equal("\u201CFinding time\u201D \u2013 \u00A3 costs", Assert.Single(reports).Title);
    }

    [Fact]
    public void Utf8_with_and_without_a_byte_order_mark_reads_the_same()
    {
        var text = Header + "\nr1,Café – report,thematic,2022-08-11,,,,,\n";
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        Assert.Equal(SourceText.Decode(Encoding.UTF8.GetBytes(text)), SourceText.Decode(withBom));
        Assert.Equal("Café – report", Assert.Single(Read(SourceText.Decode(withBom)).Reports).Title);
    }

    [Theory]
    [InlineData("30/06/2022")]
    [InlineData("30-Jun-22")]
    [InlineData("30 June 2022")]
    [InlineData("2022-06-30")]
    public void Uk_and_iso_dates_are_read_day_first(string date)
    {
        var (reports, problems) = Read($"{Header}\nr1,T,thematic,{date},,,,,\n");
        Assert.Empty(problems);
        Assert.Equal(PartialDate.Day(new DateOnly(2022, 6, 30)), Assert.Single(reports).Published);
    }

    [Fact]
    public void An_ambiguous_date_is_read_the_uk_way()
    {
        var (reports, _) = Read($"{Header}\nr1,T,thematic,03/04/2022,,,,,\n");
        Assert.Equal(PartialDate.Day(new DateOnly(2022, 4, 3)), Assert.Single(reports).Published);
    }

    [Fact]
    public void Quoted_cells_may_span_lines_and_later_rows_keep_their_real_line_numbers()
    {
        var text = $"{Header}\r\nr1,\"A title\r\nover two lines\",thematic,2022-06-30,,,,,\r\nr2,Second,thematic,not a date,,,,,\r\n";
        var (reports, problems) = Read(SourceText.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("A title\nover two lines", Assert.Single(reports).Title);
        Assert.Equal(new SourceLocation("reports.csv", 4, 4), Assert.Single(problems).Location);
    }

    [Fact]
    public void Headers_match_whatever_their_case_and_spacing_and_empty_rows_and_columns_are_ignored()
    {
        var text = "ID, Title ,KIND,Published,Inspection,Fieldwork In Force,judgement,url,topics,,\nr1,T,Super Complaint,2022-06-30,,Yes,,,,,\n,,,,,,,,,,\n,,,,,,,,,,\n";
        var (reports, problems) = Read(text);
        Assert.Empty(problems);
        var report = Assert.Single(reports);
        Assert.Equal("super-complaint", report.Kind.Name);
        Assert.True(report.FieldworkInForce);
    }

    [Fact]
    public void A_reference_number_that_excel_turned_into_scientific_notation_is_explained()
    {
        var diagnostics = new DiagnosticBag();
        RecommendationsTable.Schema.Read("id,kind,text,reference\nx,recommendation,Text,9.159E+03\n", new CsvReadContext("recommendations.csv", diagnostics));
        var problem = Assert.Single(diagnostics.Sorted());
        Assert.Contains("scientific notation", problem.Message);
        Assert.Equal(new SourceLocation("recommendations.csv", 2, 4), problem.Location);
    }

    [Fact]
    public void A_report_address_must_be_a_web_address()
    {
        var (_, problems) = Read($"{Header}\nr1,T,thematic,2022-06-30,,,,javascript:alert(1),\n");
        Assert.Contains("not a web address", Assert.Single(problems).Message);
    }

    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static Encoding GetEncoding(int codePage) => Encoding.GetEncoding(codePage);
    }
}
