using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsvHelper;
using InspectionSite.Content.Charts;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Synthetic;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The charts of the real input: what they draw, what their tables say, and that the two agree with each other and with input/.</summary>
public sealed class ChartTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly string[] ChartPages = ["/", "/meetings/2022-03-31/", "/meetings/2022-06-30/", "/meetings/2022-09-29/", "/recommendations/9159/", "/recommendations/10618/", "/recommendations/rape-survivors-phase-2-1/"];

    [Fact]
    public void Every_figure_of_the_real_input_is_written_as_Plotly_NET_itself_writes_it()
    {
        var model = LinkedSite.From(Repository.Input);
        Chart[] charts =
        [
            SiteCharts.OpenInPapersTotals(model), SiteCharts.OpenNamedItems(model), SiteCharts.ByOwnerAndStatus(model), SiteCharts.RagNow(model), SiteCharts.Timeline(model),
            .. model.Meetings.Select(m => SiteCharts.ChangesAt(model, m)),
            .. model.Recommendations.Select(r => SiteCharts.StatusHistory(model, r)),
        ];
        var drawn = charts.Where(c => c.Figure is not null).ToList();
        Assert.True(drawn.Count > 10, $"only {drawn.Count} charts drawn");
        foreach (var chart in drawn)
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(chart.Figure!.Json), JsonNode.Parse(Plotly.NET.GenericChart.toJson(chart.Figure.Plotly))), chart.Id);
    }

    [Fact]
    public void The_figure_json_for_the_real_data_matches_the_approved_snapshot()
    {
        var model = LinkedSite.From(Repository.Input);
        var charts = new List<(string Page, Chart Chart)>
        {
            ("/", SiteCharts.OpenInPapersTotals(model)),
            ("/", SiteCharts.OpenNamedItems(model)),
            ("/", SiteCharts.ByOwnerAndStatus(model)),
            ("/", SiteCharts.RagNow(model)),
            ("/", SiteCharts.Timeline(model)),
        };
        charts.AddRange(model.Meetings.Select(m => ($"/meetings/{m.Id}/", SiteCharts.ChangesAt(model, m))));
        charts.AddRange(model.Recommendations.Where(r => r.Id is "9159" or "10618").Select(r => ($"/recommendations/{r.Id}/", SiteCharts.StatusHistory(model, r))));

        var all = new JsonArray(charts.Select(c => (JsonNode)new JsonObject
        {
            ["page"] = c.Page,
            ["id"] = c.Chart.Id,
            ["title"] = c.Chart.Title,
            ["summary"] = c.Chart.Summary,
            ["figure"] = c.Chart.Figure is { } figure ? JsonNode.Parse(figure.Json) : null,
        }).ToArray());
        var readable = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Support.Snapshot.Verify("charts", all.ToJsonString(readable) + "\n", extension: "json");
    }

    [Fact]
    public void Open_named_items_at_each_meeting_are_those_whose_latest_status_by_then_is_open()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(1000), folder["input"]);
        var model = LinkedSite.From(folder["input"]);
        var table = SiteCharts.OpenNamedItems(model).Table!;

        Assert.True(table.Columns.Count > 2, "the synthetic site should have items of more than one kind");
        var cells = 0;
        foreach (var row in table.Rows)
        {
            var date = model.Meetings.First(m => UkDate.Display(m.Date) == row.Header).Date;
            for (var column = 1; column < table.Columns.Count; column++)
            {
                var latest = model.Recommendations
                    .Where(r => table.Columns[column].StartsWith("Named " + Wording.Plural(r.Kind), StringComparison.Ordinal))
                    .Select(r => model.StateOf(r).History.LastOrDefault(e => e.Meeting.Date <= date))
                    .OfType<StatusEntry>()
                    .ToList();
                // Open by then: last reported open at one of the latest meetings up to that date.
                var recent = model.Meetings.Select(m => m.Date).Where(d => d <= date).Distinct().TakeLast(model.Info.StaleAfterMeetings).First();
                var expected = latest.Count == 0 ? "None reported yet"
                    : latest.Count(e => ItemState.CountsAsOpen(e.Progress.Status) && e.Meeting.Date >= recent).ToString(CultureInfo.InvariantCulture);
                Assert.True(expected == row.Cells[column - 1], $"{table.Columns[column]} at {row.Header}: expected {expected}, the chart says {row.Cells[column - 1]}");
                cells++;
            }
        }
        Assert.True(cells > 20, $"only {cells} cells were compared");
    }

    /// <summary>The home page sets each open total of the latest paper beside the named items open by then, which must be the second chart's figure for that meeting.</summary>
    [Fact]
    public void The_named_items_set_beside_a_papers_open_total_are_the_ones_the_chart_counts_at_that_meeting()
    {
        using var folder = new TempFolder();
        SyntheticInput.Write(SyntheticScale.ForRecommendations(1000), folder["input"]);
        var model = LinkedSite.From(folder["input"]);
        var table = SiteCharts.OpenNamedItems(model).Table!;

        var compared = 0;
        foreach (var meeting in model.Meetings.Where(m => model.TotalsAt(m).Any(t => t.CountsOpen)))
        {
            var row = table.Rows.Single(r => r.Header == UkDate.Display(meeting.Date));
            var charted = table.Columns.Skip(1).Zip(row.Cells).Where(c => c.Second != "0" && c.Second != "None reported yet").Select(c => c.Second).ToList();
            var stated = NamedAgainstTotals.Latest(model, meeting)
                .Select(sentence => System.Text.RegularExpressions.Regex.Match(sentence, "names as open by then: ([0-9]+)").Groups[1].Value).ToList();
            Assert.True(charted.SequenceEqual(stated), $"At {row.Header} the chart counts {string.Join(", ", charted)} open, the sentences {string.Join(", ", stated)}");
            compared += stated.Count;
        }
        Assert.True(compared > 20, $"only {compared} figures were compared");
    }

    [Fact]
    public void Every_drawn_chart_has_a_table_with_exactly_the_numbers_its_figure_draws()
    {
        var checkedCharts = 0;
        foreach (var path in ChartPages)
        {
            foreach (var chart in RenderedChart.All(site.Open(path)).Where(c => c.Figure is not null))
            {
                FigureAndTable.AssertSameNumbers(chart);
                checkedCharts++;
            }
        }
        Assert.Equal(4 + 3 + 3, checkedCharts);
    }

    [Fact]
    public void The_home_page_charts_the_open_totals_each_paper_gives_exactly_as_totals_csv_has_them_one_line_per_unit()
    {
        var chart = RenderedChart.Read(site.Open("/"), "chart-open-totals");
        var rows = ReadCsv("totals.csv").Where(r => r["measure"].EndsWith("-open", StringComparison.Ordinal)).ToList();
        Assert.Equal(rows.Select(r => r["meeting"]).Distinct().Count(), chart.Rows.Count);
        string Column(Dictionary<string, string> row) => row["measure"] switch
        {
            "recommendations-open" => "Recommendations",
            "areas-for-improvement-open" => "Areas for improvement",
            _ => "Causes of concern",
        } + row["counted_as"] switch { "headings" => " (counted by heading)", "reference-numbers" => " (counted by reference number)", _ => "" };
        foreach (var row in rows)
            Assert.Equal(row["figure"], chart.Cell(UkDate.Display(DateOnly.ParseExact(row["meeting"], "yyyy-MM-dd", CultureInfo.InvariantCulture)), Column(row)));

        // June's five count reference numbers, September's two count headings: two lines, never one that falls from 5 to 2.
        Assert.Equal("5", chart.Cell("30 June 2022", "Causes of concern (counted by reference number)"));
        Assert.Equal("Not given in this unit", chart.Cell("29 September 2022", "Causes of concern (counted by reference number)"));
        Assert.Equal("2", chart.Cell("29 September 2022", "Causes of concern (counted by heading)"));
        Assert.DoesNotContain("fell", chart.Summary);
        Assert.Equal("The papers’ own totals: 45 open recommendations, 14 open areas for improvement and 2 open causes of concern (counted by heading) at the 29 September 2022 meeting, the only one to give those figures; "
            + "5 open causes of concern (counted by reference number) at the 30 June 2022 meeting, the only one to give that figure.", chart.Summary);
    }

    [Fact]
    public void The_owner_chart_counts_each_item_once_by_its_owner_and_latest_status_in_the_csv_files()
    {
        // A row that counts items the paper does not word names none of them.
        var owners = ReadCsv("recommendations.csv").Where(r => r["count"].Length == 0).ToDictionary(r => r["id"], r => r["owner"].Length == 0 ? "Not known" : r["owner"]);
        var progress = ReadCsv("progress.csv");
        // An open status reported before the last two meetings is shown as not reported since, not as open.
        var lastTwo = progress.Select(p => p["meeting"]).Distinct().Order(StringComparer.Ordinal).TakeLast(2).First();
        var latest = progress.GroupBy(p => p["recommendation"])
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p["meeting"], StringComparer.Ordinal).Last())
            .ToDictionary(pair => pair.Key, pair => pair.Value["status"] == "open" && string.CompareOrdinal(pair.Value["meeting"], lastTwo) < 0 ? "stale" : pair.Value["status"]);
        var chart = RenderedChart.Read(site.Open("/"), "chart-owners");

        foreach (var owner in owners.Values.Distinct())
        {
            var mine = owners.Where(o => o.Value == owner).Select(o => latest.GetValueOrDefault(o.Key)).ToList();
            Assert.Equal(mine.Count(s => s == "open"), int.Parse(chart.Cell(owner, "Open"), CultureInfo.InvariantCulture));
            Assert.Equal(mine.Count(s => s == "stale"), int.Parse(chart.Cell(owner, "Not reported at the last 2 meetings"), CultureInfo.InvariantCulture));
            Assert.Equal(mine.Count(s => s == "signed-off-by-hmicfrs"), int.Parse(chart.Cell(owner, "Signed off by HMICFRS"), CultureInfo.InvariantCulture));
        }
        Assert.StartsWith($"Of the {owners.Count} named items this site follows, {latest.Values.Count(s => s == "open")} are open", chart.Summary);
    }

    [Fact]
    public void With_no_rag_rating_in_any_paper_the_rag_chart_says_so_and_draws_nothing()
    {
        Assert.All(ReadCsv("progress.csv"), row => Assert.Equal("", row["rag"]));
        var home = site.Open("/");
        var chart = RenderedChart.Read(home, "chart-rag");
        Assert.Null(chart.Figure);
        Assert.Empty(chart.Rows);
        Assert.Null(home.GetElementById("chart-rag")!.QuerySelector("svg, .chart-plot, script"));
        Assert.Equal("No committee paper gives a RAG rating for any of the 8 open named items, so there is no chart: every rating is not known.", chart.Summary);
    }

    [Fact]
    public void The_timeline_lists_every_report_publication_and_every_fieldwork_that_took_place_on_a_known_date()
    {
        var chart = RenderedChart.Read(site.Open("/"), "chart-timeline");
        var reports = ReadCsv("reports.csv");
        var inspections = ReadCsv("inspections.csv");
        // The latest paper's word on each inspection's fieldwork, where it gives a date that is not only expected.
        var fieldwork = ReadCsv("inspection_events.csv").Where(e => e["kind"] == "fieldwork")
            .GroupBy(e => e["inspection"]).Select(g => g.MaxBy(e => e["source"])!)
            .Where(e => e["date"].Length > 0 && !e["date"].StartsWith("expected", StringComparison.Ordinal)).ToList();
        Assert.Equal(["arthur-labinjo-hughes-jtai", "digital-forensics-thematic", "section-60-super-complaint"], fieldwork.Select(e => e["inspection"]).Order());
        Assert.Equal(reports.Count + fieldwork.Count, chart.Rows.Count);
        foreach (var report in reports)
            Assert.Contains(chart.Rows, r => r[1] == "Report published" && r[2] == report["title"] && r[0] == UkDate.Display(DateOnly.Parse(report["published"], CultureInfo.InvariantCulture)));
        foreach (var e in fieldwork)
            Assert.Contains(chart.Rows, r => r[1] == "Fieldwork began" && r[2] == inspections.Single(i => i["id"] == e["inspection"])["title"]);
        Assert.Contains(chart.Rows, r => r[0] == "week commencing 4 April 2022" && r[2] == "Thematic Inspection of Digital Forensics");
        Assert.Contains(chart.Rows, r => r[0] == "January 2022" && r[2].Contains("Arthur Labinjo-Hughes", StringComparison.Ordinal));
        Assert.Contains($"fieldwork dates are recorded for {fieldwork.Count} of the {inspections.Count} inspections and engagements", chart.Summary);
    }

    [Fact]
    public void Each_meeting_page_charts_what_changed_since_the_previous_meeting()
    {
        var september = RenderedChart.Read(site.Open("/meetings/2022-09-29/"), "chart-changes");
        Assert.Equal("This paper’s rows record the status of 10 items this site names, one per item, not the paper’s totals: "
            + "2 causes of concern moved from open to signed off by HMICFRS (inferred, not stated by the paper), 3 causes of concern stayed open and 5 recommendations were reported for the first time.", september.Summary);
        Assert.Equal("5", september.Cell("Open", "Before this meeting"));
        Assert.Equal("8", september.Cell("Open", "At this meeting"));
        Assert.Equal("2", september.Cell("Signed off by HMICFRS", "At this meeting"));

        var march = RenderedChart.Read(site.Open("/meetings/2022-03-31/"), "chart-changes");
        Assert.Equal("This paper’s rows record the status of 3 items this site names, one per item, not the paper’s totals: 3 recommendations were reported for the first time.", march.Summary);
    }

    [Fact]
    public void Each_recommendation_page_charts_its_status_history()
    {
        var chart = RenderedChart.Read(site.Open("/recommendations/9159/"), "chart-status-history");
        Assert.Equal([["30 June 2022", "Open"], ["29 September 2022", "Signed off by HMICFRS"]], chart.Rows);
        Assert.Equal("Moved from open at the 30 June 2022 meeting to signed off by HMICFRS at the 29 September 2022 meeting. "
            + "The status at the 29 September 2022 meeting is inferred: the paper does not state it.", chart.Summary);
    }

    [Fact]
    public void Without_javascript_every_chart_shows_its_table_and_hides_only_the_empty_drawing_area()
    {
        foreach (var path in ChartPages)
        {
            foreach (var figure in site.Open(path).QuerySelectorAll("figure.chart"))
            {
                Assert.True(figure.QuerySelector("details.chart-data")!.HasAttribute("open"), $"{path} #{figure.Id}: the table must be open without script");
                Assert.True(figure.QuerySelector(".chart-plot")!.HasAttribute("hidden"), $"{path} #{figure.Id}: the empty drawing area must stay hidden without script");
                Assert.NotNull(figure.QuerySelector("table caption"));
            }
        }
    }

    [Fact]
    public void Pages_with_charts_load_plotly_from_the_site_itself_and_pages_without_load_no_chart_script()
    {
        var home = site.Open("/");
        // The page loads the chart script, which fetches plotly.js from the address it names when a chart is to be drawn.
        Assert.Matches(@"^/assets/scripts/charts\.[0-9a-f]{10}\.js$", Assert.Single(BuiltSite.OwnScripts(home)));
        var plotly = home.QuerySelector("script[data-plotly]")!.GetAttribute("data-plotly")!;
        Assert.Matches(@"^/assets/vendor/plotly-basic\.min\.[0-9a-f]{10}\.js$", plotly);
        var published = File.ReadAllBytes(Path.Combine(site.Output, plotly.TrimStart('/')));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "node_modules", "plotly.js-basic-dist-min", "plotly-basic.min.js")), published);

        foreach (var path in new[] { "/about/", "/reports/solihull-jtai/" })
            Assert.Empty(BuiltSite.OwnScripts(site.Open(path)));
        // The lists load only the script that sorts and filters their tables.
        foreach (var path in new[] { "/reports/", "/inspections/" })
            Assert.Matches(@"^/assets/scripts/tables\.[0-9a-f]{10}\.js$", Assert.Single(BuiltSite.OwnScripts(site.Open(path))));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotMatch(@"<(script|link)[^>]+(src|href)=""(https?:)?//", File.ReadAllText(file));
    }

    /// <summary>A CSV file of the input, read independently of the generator's own reader: one dictionary per row.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string file)
    {
        using var csv = CsvReader.Create(new StreamReader(Path.Combine(Repository.Input, file)), new CsvReaderOptions());
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(c => c.name, c => c.value));
        return rows;
    }

    /// <summary>Every policy the documentation states is the one netlify.toml sends, which the charts are tested under.</summary>
    [Fact]
    public void The_documentation_gives_the_policy_the_charts_are_tested_under()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Repository.Root, "README.md"));
        var stated = documents.SelectMany(document => Regex.Matches(File.ReadAllText(document), "default-src '[^`\n]*")).Select(m => m.Value).ToList();
        Assert.NotEmpty(stated);
        Assert.All(stated, policy => Assert.Equal(SiteHeaders.ContentSecurityPolicy, policy));
    }
}
