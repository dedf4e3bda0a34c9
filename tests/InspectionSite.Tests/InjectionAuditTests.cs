using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsvHelper;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The encoding audit: markup, quotes and script URLs injected into every free-text cell and field of a
/// copy of the real input are shown to readers as text, and never become an element, an attribute or a link target.
/// </summary>
public sealed partial class InjectionAuditTests : IDisposable
{
    private const string Payload = "<script>alert(\"x\")</script> \" ' </textarea><b onmouseover=alert(1)>javascript:alert(1)";

    private static readonly Dictionary<string, string[]> FreeTextColumns = new()
    {
        ["inspections.csv"] = ["title", "other_forces", "lead_agencies", "topics"],
        ["inspection_events.csv"] = ["note"], // a source_section must be one of the paper's headings, so it is refused, not shown
        ["reports.csv"] = ["title", "judgement", "topics"],
        ["recommendations.csv"] = ["number", "area", "text", "addressee", "owner", "topics"],
        ["progress.csv"] = ["note"],
    };

    private static readonly string[] FrontMatterFields = ["title", "committee", "agenda_item", "paper", "contact_officer", "contact_title", "summary", "organisation", "description", "contact", "data_licence"];

    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Injected_markup_and_script_urls_reach_readers_only_as_text()
    {
        var input = _folder["input"];
        foreach (var (file, columns) in FreeTextColumns) InjectIntoCsv(Path.Combine(input, file), columns);
        foreach (var file in Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Append(Path.Combine(input, "site.yml")))
            InjectIntoDocument(file);

        var result = SiteBuilder.Build(input, _folder["output"]);
        Assert.NotEmpty(result.Warnings); // the raw HTML appended to Markdown bodies was removed, and said so

        var parser = new HtmlParser();
        var shownAsText = 0;
        foreach (var file in Directory.EnumerateFiles(_folder["output"], "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(_folder["output"], file);
            var document = parser.ParseDocument(File.ReadAllText(file));
            Assert.All(document.QuerySelectorAll("script"), s =>
                Assert.True(s.GetAttribute("src")?.StartsWith("/assets/", StringComparison.Ordinal) == true || s.GetAttribute("type") == "application/json",
                    $"{page}: a script element that is not ours: {s.OuterHtml}"));
            Assert.Empty(document.QuerySelectorAll("textarea"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
            if (document.Body!.TextContent.Contains("<script>alert(\"x\")</script>", StringComparison.Ordinal)) shownAsText++;
        }
        Assert.True(shownAsText > 20, $"The payload should be visible as text on most pages; it was on {shownAsText}.");
    }

    [Fact]
    public void A_script_url_in_a_report_address_is_refused()
    {
        var file = Path.Combine(_folder["input"], "reports.csv");
        InputEditsForUrl(file);
        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.Contains("not a web address", problem.Message);
    }

    private static void InputEditsForUrl(string file)
    {
        var rows = ReadCsv(file);
        rows[1][Array.IndexOf(rows[0], "url")] = "javascript:alert(1)";
        WriteCsv(file, rows);
    }

    private static void InjectIntoCsv(string file, string[] columns)
    {
        var rows = ReadCsv(file);
        var indexes = columns.Select(c => Array.IndexOf(rows[0], c)).ToList();
        Assert.DoesNotContain(-1, indexes);
        foreach (var row in rows.Skip(1))
            foreach (var index in indexes)
                row[index] = row[index] + " " + Payload;
        WriteCsv(file, rows);
    }

    /// <summary>Front-matter and site.yml text fields get the payload; Markdown bodies get raw script and a script link.</summary>
    private static void InjectIntoDocument(string file)
    {
        var text = File.ReadAllText(file);
        var escaped = Payload.Replace("\\", "\\\\").Replace("\"", "\\\"");
        text = FieldLine().Replace(text, m => FrontMatterFields.Contains(m.Groups["key"].Value)
            ? $"{m.Groups["key"].Value}: \"{escaped} {Unquote(m.Groups["value"].Value).Replace("\\", "\\\\").Replace("\"", "\\\"")}\""
            : m.Value);
        if (file.EndsWith(".md", StringComparison.Ordinal))
            text += $"\n\n{Payload}\n\n<script>alert(1)</script>\n\n[click me](javascript:alert(1)) and <a href=\"javascript:alert(1)\">me</a>\n";
        File.WriteAllText(file, text);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\") : value;

    private static List<string[]> ReadCsv(string file)
    {
        using var reader = CsvReader.Create(new StringReader(File.ReadAllText(file)), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    private static void WriteCsv(string file, List<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.Append(string.Join(',', row.Select(cell => "\"" + cell.Replace("\"", "\"\"") + "\""))).Append('\n');
        File.WriteAllText(file, text.ToString());
    }

    [GeneratedRegex(@"^(?<key>[a-z_]+):[ \t]*(?<value>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex FieldLine();
}
