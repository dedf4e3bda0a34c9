using System.Security.Cryptography;
using System.Text.Json;
using CsvHelper;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The open data: each table as CSV and JSON, described column by column by a Frictionless
/// datapackage.json, linked from its list page and from the open-data page that states the licence.
/// </summary>
public sealed class OpenDataTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly string[] Tables = ["inspections", "inspection_events", "reports", "recommendations", "progress", "meetings", "totals", "claims"];

    private string DataFile(string name) => Path.Combine(site.Output, "data", name);

    private JsonElement Package() => JsonDocument.Parse(File.ReadAllBytes(DataFile("datapackage.json"))).RootElement;

    private static IEnumerable<JsonElement> Fields(JsonElement resource) => resource.GetProperty("schema").GetProperty("fields").EnumerateArray();

    private (string[] Header, List<string[]> Rows) Csv(string name) => ReadCsv(DataFile(name));

    /// <summary>The header and rows of a CSV file, read independently of the generator's writer.</summary>
    private static (string[] Header, List<string[]> Rows) ReadCsv(string file)
    {
        using var csv = CsvReader.Create(new StringReader(SourceText.Decode(File.ReadAllBytes(file))));
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        return (header, rows);
    }

    [Fact]
    public void The_data_package_describes_every_column_of_every_csv_file_in_order()
    {
        var package = Package();
        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(Tables, resources.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(Tables.Select(t => t + ".csv").Order(), Directory.EnumerateFiles(Path.Combine(site.Output, "data"), "*.csv").Select(Path.GetFileName).Order());

        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            var bytes = File.ReadAllBytes(DataFile(path));
            Assert.Equal(Csv(path).Header, Fields(resource).Select(f => f.GetProperty("name").GetString()));
            Assert.All(Fields(resource), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
            Assert.Equal(bytes.Length, resource.GetProperty("bytes").GetInt32());
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), resource.GetProperty("hash").GetString());
        }
    }

    [Fact]
    public void Each_value_keeps_the_rules_its_schema_states()
    {
        var resources = Package().GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        foreach (var (name, resource) in resources)
        {
            var (header, rows) = Csv(name + ".csv");
            Assert.NotEmpty(rows);
            foreach (var (field, column) in Fields(resource).Select((f, i) => (f, i)))
            {
                var values = rows.Select(r => r[column]).ToList();
                var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
                if (constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("required", out _))
                    Assert.All(values, v => Assert.False(string.IsNullOrEmpty(v), $"{name}.{header[column]} is required"));
                if (constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var allowed))
                    Assert.All(values.Where(v => v.Length > 0), v => Assert.Contains(v, allowed.EnumerateArray().Select(a => a.GetString())));
                switch (field.GetProperty("type").GetString())
                {
                    case "date":
                        Assert.All(values.Where(v => v.Length > 0), v => DateOnly.ParseExact(v, "yyyy-MM-dd"));
                        break;
                    case "boolean":
                        Assert.All(values, v => Assert.Contains(v, new[] { "", "yes", "no" }));
                        break;
                }
            }

            var key = resource.GetProperty("schema").GetProperty("primaryKey");
            var keyColumns = (key.ValueKind == JsonValueKind.String ? [key.GetString()!] : key.EnumerateArray().Select(k => k.GetString()!)).Select(k => Array.IndexOf(header, k)).ToList();
            Assert.Equal(rows.Count, rows.Select(r => string.Join("|", keyColumns.Select(k => r[k]))).Distinct().Count());

            if (!resource.GetProperty("schema").TryGetProperty("foreignKeys", out var foreignKeys)) continue;
            foreach (var foreignKey in foreignKeys.EnumerateArray())
            {
                var column = Array.IndexOf(header, foreignKey.GetProperty("fields").GetString());
                var target = foreignKey.GetProperty("reference").GetProperty("resource").GetString()!;
                var targetCsv = Csv(target + ".csv");
                var ids = targetCsv.Rows.Select(r => r[Array.IndexOf(targetCsv.Header, "id")]).ToHashSet();
                Assert.All(rows.Select(r => r[column]).Where(v => v.Length > 0), v => Assert.Contains(v, ids));
            }
        }
    }

    [Fact]
    public void Each_json_file_holds_the_same_rows_as_its_csv_file()
    {
        foreach (var table in Tables)
        {
            var (header, rows) = Csv(table + ".csv");
            var json = JsonDocument.Parse(File.ReadAllBytes(DataFile(table + ".json"))).RootElement.EnumerateArray().ToList();
            Assert.Equal(rows.Count, json.Count);
            foreach (var (row, item) in rows.Zip(json))
            {
                Assert.Equal(header, item.EnumerateObject().Select(p => p.Name));
                for (var i = 0; i < header.Length; i++)
                    Assert.Equal(row[i], AsCsv(item.GetProperty(header[i])));
            }
        }
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_opens_as_text_and_the_json_keeps_it_as_written()
    {
        using var folder = TempFolder.WithRealInput();
        const string formula = "=2+5";
        InputEdits.Replace(folder["input/recommendations.csv"], "Crime portfolio (ACC Bell)", formula);
        SiteBuilder.Build(folder["input"], folder["output"]);

        var (header, rows) = ReadCsv(Path.Combine(folder["output"], "data", "recommendations.csv"));
        var owner = rows.Select(row => row[Array.IndexOf(header, "owner")]).Single(cell => cell.EndsWith(formula, StringComparison.Ordinal));
        Assert.Equal(formula.Length + 1, owner.Length);
        Assert.DoesNotContain(owner[0], "=+-@");
        var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder["output"], "data", "recommendations.json"))).RootElement;
        Assert.Contains(json.EnumerateArray(), item => item.GetProperty("owner").GetString() == formula);
    }

    [Fact]
    public void The_data_says_what_the_pages_say()
    {
        var (header, rows) = Csv("recommendations.csv");
        string Cell(string id, string column) => rows.Single(r => r[0] == id)[Array.IndexOf(header, column)];
        Assert.Equal("signed-off-by-hmicfrs", Cell("9159", "status"));
        Assert.Contains("Signed off by HMICFRS", site.Open("/recommendations/9159/").QuerySelector(".item-status")!.TextContent);
        Assert.Equal("not-known", Cell("rape-survivors-phase-2-1", "overdue"));
        Assert.Contains("Overdue: not known", site.Open("/recommendations/rape-survivors-phase-2-1/").QuerySelector(".item-status")!.TextContent);
        Assert.Equal("/recommendations/9159/", Cell("9159", "page"));
        Assert.Equal(site.PagePaths().Count(p => p.StartsWith("/recommendations/", StringComparison.Ordinal) && p.Length > "/recommendations/".Length), rows.Count);

        Assert.Equal(ReadCsv(Path.Combine(Repository.Input, "progress.csv")).Rows.Count, Csv("progress.csv").Rows.Count);
    }

    [Fact]
    public void The_open_data_page_states_the_licence_from_site_yml_and_links_every_file()
    {
        var page = site.Open("/data/");
        var licence = page.QuerySelector("#licence")!.NextElementSibling!;
        Assert.Contains("Open Government Licence v3.0", licence.TextContent);
        Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", licence.QuerySelector("a")!.GetAttribute("href"));

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/data/datapackage.json", links);
        foreach (var table in Tables)
        {
            Assert.Contains($"/data/{table}.csv", links);
            Assert.Contains($"/data/{table}.json", links);
            Assert.NotNull(page.GetElementById(table));
        }
        Assert.Contains(site.Open("/").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/data/");
    }

    [Theory]
    [InlineData("/inspections/", "inspections")]
    [InlineData("/reports/", "reports")]
    [InlineData("/recommendations/", "recommendations")]
    [InlineData("/recommendations/", "progress")]
    [InlineData("/meetings/", "meetings")]
    public void Each_list_page_offers_its_table_as_csv_and_json(string path, string table)
    {
        var links = site.Open(path).QuerySelectorAll(".data-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/data/{table}.csv", links);
        Assert.Contains($"/data/{table}.json", links);
        Assert.Contains($"/data/#{table}", links);
    }

    /// <summary>A JSON value as the CSV file writes it: null blank, true "yes", a list "a; b".</summary>
    private static string AsCsv(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(v => v.GetString())),
        _ => value.GetString()!,
    };
}
