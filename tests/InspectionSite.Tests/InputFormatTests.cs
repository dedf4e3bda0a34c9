using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The office's guide to the input (docs/input-formats.md) and the blank CSV templates are written from the
/// schemas the build reads with, so they say what the build accepts; the examples they give read without a problem.
/// </summary>
public sealed class InputFormatTests
{
    private static readonly string Docs = Path.Combine(Repository.Root, "docs");

    public static TheoryData<string> Tables => new(InputSchemas.Tables.Select(t => t.FileName));

    [Fact]
    public void The_committed_document_and_templates_are_what_the_schemas_write()
    {
        foreach (var (path, text) in InputFormatDocument.Files())
        {
            var file = Path.Combine(Docs, path);
            Assert.True(File.Exists(file) && File.ReadAllText(file) == text,
                $"docs/{path} is not what the schemas write. Write it again with: {InputFormatDocument.RegenerateCommand}");
        }
        Assert.Equal(InputSchemas.Tables.Select(t => t.FileName).Order(),
            Directory.EnumerateFiles(Path.Combine(Docs, InputFormatDocument.TemplateFolder)).Select(Path.GetFileName).Order());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_table_s_example_row_reads_as_one_row_and_its_blank_template_as_none(string fileName)
    {
        var table = InputSchemas.Tables.Single(t => t.FileName == fileName);
        var diagnostics = new DiagnosticBag();
        Assert.Single(table.Read(table.Header + table.ExampleRow, new CsvReadContext(fileName, diagnostics)));
        Assert.Empty(table.Read(File.ReadAllText(Path.Combine(Docs, InputFormatDocument.TemplateFolder, fileName)), new CsvReadContext(fileName, diagnostics)));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Every_front_matter_example_reads_without_a_problem()
    {
        var diagnostics = new DiagnosticBag();
        var site = FrontMatterDocument.ParseYaml(InputFormatDocument.Example(InputSchemas.Site), "site.yml", diagnostics)!;
        Assert.NotNull(SiteSettings.Schema.Read("", site));
        Assert.NotNull(MeetingDocument.Schema.Read("2022-09-29", FrontMatterDocument.Parse(InputFormatDocument.Example(MeetingDocument.Schema), "meetings/2022-09-29.md", diagnostics)!));
        Assert.NotNull(PageDocument.Schema.Read("accessibility", FrontMatterDocument.Parse(InputFormatDocument.Example(PageDocument.Schema), "pages/accessibility.md", diagnostics)!));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void The_document_lists_every_allowed_value_with_its_label()
    {
        var document = InputFormatDocument.Document();
        foreach (var column in InputSchemas.Tables.SelectMany(t => t.Columns))
            foreach (var (name, label) in column.Converter.Allowed)
                Assert.Contains($"`{name}` ({label})", document);
        Assert.Contains("`super-complaint` (Super-complaint)", document);
    }
}
