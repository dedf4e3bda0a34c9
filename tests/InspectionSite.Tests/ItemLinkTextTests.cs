using AngleSharp.Html.Parser;
using CsvHelper;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// Lists link each item by what tells it apart: its own short title, else its area, else its first words; never by
/// its report's title, which every item of the report shares.
/// </summary>
public sealed class ItemLinkTextTests
{
    private static Recommendation Item(string text, string? area = null, string? shortTitle = null, string? reference = null, int? count = null) =>
        new("rape-survivors-phase-2-1", ItemKind.Recommendation, "rape-survivors-phase-2", reference, "1", area, text, null, null, null, [],
            new SourceLocation("recommendations.csv", 2, 1), Count: count, ShortTitle: shortTitle);

    [Fact]
    public void An_item_with_a_short_title_is_linked_by_it()
    {
        Assert.Equal("Recommendation 1: Communications after charge", Labels.LinkTextOf(Item("Immediately, police should…", area: "Victims", shortTitle: "Communications after charge")));
        Assert.Equal("Recommendation 9159: Hate crime", Labels.LinkTextOf(Item("Within three months…", area: "Hate crime", reference: "9159")));
    }

    [Fact]
    public void Without_one_an_item_is_linked_by_its_first_words_cut_between_words()
    {
        var text = Labels.LinkTextOf(Item("Immediately, police and prosecutors should review and significantly improve communications with victims from the point of charge onwards."));

        Assert.Equal("Recommendation 1: Immediately, police and prosecutors should review and…", text);
        Assert.Equal("Recommendation 1: Write to every victim.", Labels.LinkTextOf(Item("Write to every\nvictim.")));
    }

    [Fact]
    public void A_row_that_only_counts_items_is_linked_without_its_reports_title() =>
        Assert.Equal("6 recommendations, not worded in the paper", Labels.LinkTextOf(Item("", count: 6)));

    [Fact]
    public void The_short_title_column_names_the_item_in_every_list_and_no_list_repeats_the_reports_title()
    {
        using var folder = TempFolder.WithRealInput();
        AddShortTitle(folder["input/recommendations.csv"], "rape-survivors-phase-2-1", "Communications after charge");
        var build = SiteBuilder.Build(folder["input"], folder["output"]);
        var report = build.Content.Reports.Single(r => r.Id == "rape-survivors-phase-2");

        foreach (var page in new[] { "reports/rape-survivors-phase-2", "recommendations", "meetings/2022-03-31" })
        {
            var links = new HtmlParser().ParseDocument(File.ReadAllText(folder[$"output/{page}/index.html"]))
                .QuerySelectorAll("main a[href^='/recommendations/rape-survivors-phase-2-']").Select(a => a.TextContent.Trim()).ToList();
            Assert.Contains("Recommendation 1: Communications after charge", links);
            Assert.All(links, link => Assert.DoesNotContain(report.Title, link));
        }
    }

    /// <summary>Adds the optional column after 'area', with a value in one row, as an editor would in Excel.</summary>
    private static void AddShortTitle(string file, string id, string shortTitle)
    {
        List<string[]> rows = [];
        using (var reader = CsvReader.Create(new StreamReader(file), new CsvReaderOptions()))
        {
            reader.ReadHeader();
            rows.Add(reader.Headers.ToArray());
            while (reader.Read()) rows.Add(Enumerable.Range(0, rows[0].Length).Select(reader.GetString).ToArray());
        }
        var after = Array.IndexOf(rows[0], "area") + 1;
        using var writer = CsvWriter.Create(new StreamWriter(file), new CsvWriterOptions());
        foreach (var row in rows)
        {
            var cell = row == rows[0] ? "short_title" : row[0] == id ? shortTitle : "";
            foreach (var value in row[..after].Append(cell).Concat(row[after..])) writer.WriteField(value);
            writer.EndRecord();
        }
    }
}
