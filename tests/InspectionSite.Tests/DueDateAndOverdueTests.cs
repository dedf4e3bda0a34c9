using System.Text.Json;
using AngleSharp.Dom;
using CsvHelper;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The real input with the gaps the papers have and the rules that honour them: "Within six months" worked out from a
/// stated publication day (the PPDA timescale taken as covering the whole item), a publication given only as a month,
/// a publication not known, and items not reported lately under a stricter rule of one meeting.
/// </summary>
public sealed class EditedDueDateSite : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public EditedDueDateSite()
    {
        InputEdits.Replace(_folder["input/recommendations.csv"], "Within six months,part,", "Within six months,,");
        InputEdits.Replace(_folder["input/reports.csv"], "spotlight,2022-08-11,", "spotlight,2022-08,");
        InputEdits.Replace(_folder["input/reports.csv"], "thematic,2022-02-24,", "thematic,,");
        InputEdits.Replace(_folder["input/site.yml"], "stale_after_meetings: 2", "stale_after_meetings: 1");
        Output = _folder["output"];
        SiteBuilder.Build(_folder["input"], Output);
    }

    public string Output { get; }

    public IDocument Open(string path) => BuiltSite.Open(Output, path);

    public void Dispose() => _folder.Dispose();
}

public sealed class DueDateAndOverdueTests(BuiltSite site, EditedDueDateSite edited) : IClassFixture<BuiltSite>, IClassFixture<EditedDueDateSite>
{
    private static string Facts(IDocument page) => Normalised(page.QuerySelector(".govuk-summary-list")!.TextContent);

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of the definition a fact's term heads on an item's page.</summary>
    private static string Fact(IDocument page, string term) =>
        Normalised(page.QuerySelectorAll(".govuk-summary-list dt").Single(dt => dt.TextContent.Trim() == term).NextElementSibling!.TextContent);

    private static Dictionary<string, Dictionary<string, string>> ItemsData(string output)
    {
        using var csv = CsvReader.Create(new StringReader(SourceText.Decode(File.ReadAllBytes(Path.Combine(output, "data", "recommendations.csv")))));
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new Dictionary<string, Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = header.Select((name, i) => (name, csv.GetString(i))).ToDictionary(c => c.name, c => c.Item2);
            rows[row["id"]] = row;
        }
        return rows;
    }

    [Fact]
    public void Immediately_gives_no_due_date_and_so_no_overdue()
    {
        var page = site.Open("/recommendations/rape-survivors-phase-2-1/");
        Assert.Equal("Not known (Immediately: the paper gives no date)", Fact(page, "Due"));
        Assert.DoesNotContain("24 February 2022", Fact(page, "Due"));
        Assert.Equal("Not known: the due date is not known", Fact(page, "Overdue"));
        Assert.DoesNotContain("Overdue: not known", page.QuerySelector(".item-status .overdue")?.TextContent ?? "");

        var data = ItemsData(site.Output)["rape-survivors-phase-2-1"];
        Assert.Equal(("", "not-known", "Immediately: the paper gives no date", "not-known"), (data["due"], data["due_certainty"], data["due_rule"], data["overdue"]));
    }

    [Fact]
    public void A_timescale_for_part_of_an_item_gives_no_due_date()
    {
        var page = site.Open("/recommendations/ppda-super-complaint-1/");
        Assert.Equal("Within six months (for part of the item only)", Fact(page, "Timescale"));
        Assert.Equal("Not known (“Within six months” applies to only part of the item)", Fact(page, "Due"));
        Assert.DoesNotContain("30 December 2022", Facts(page));
        Assert.Equal("part", ItemsData(site.Output)["ppda-super-complaint-1"]["timescale_scope"]);
    }

    [Fact]
    public void A_month_the_paper_states_is_shown_as_the_month_and_has_passed_only_once_the_whole_month_has()
    {
        var page = site.Open("/recommendations/finding-time-for-crime-1/");
        Assert.Equal("by March 2023", Fact(page, "Due"));
        Assert.DoesNotContain("31 March 2023", Facts(page));
        Assert.Equal("2023-03", page.QuerySelector(".govuk-summary-list time[datetime='2023-03']")!.GetAttribute("datetime"));
        Assert.Equal("Yes: the due date had passed on 21 November 2026, and it was last reported open on 29 September 2022 (inferred: the paper does not state it)", Fact(page, "Overdue"));
        Assert.Equal("Overdue", page.QuerySelector(".item-status .overdue")!.TextContent);

        var data = ItemsData(site.Output)["finding-time-for-crime-1"];
        Assert.Equal(("2023-03", "stated", "", "yes", "2022-09-29"), (data["due"], data["due_certainty"], data["due_rule"], data["overdue"], data["last_reported"]));
    }

    [Fact]
    public void A_due_date_worked_out_from_the_publication_day_is_labelled_with_its_rule_and_never_as_the_papers_own()
    {
        var page = edited.Open("/recommendations/ppda-super-complaint-1/");
        Assert.Equal("30 December 2022 (worked out: six months after publication on 30 June 2022)", Fact(page, "Due"));
        var row = edited.Open("/recommendations/").QuerySelector("tr[data-kind] a[href='/recommendations/ppda-super-complaint-1/']")!.Closest("tr")!;
        Assert.Contains("30 December 2022 (worked out)", Normalised(row.TextContent));

        var data = ItemsData(edited.Output)["ppda-super-complaint-1"];
        Assert.Equal(("2022-12-30", "worked-out", "six months after publication on 30 June 2022"), (data["due"], data["due_certainty"], data["due_rule"]));
    }

    [Fact]
    public void Unknown_overdue_is_unknown_on_the_page_in_the_list_its_filter_the_open_data_and_the_home_page_count()
    {
        var page = site.Open("/recommendations/10618/");
        Assert.Equal("Not known (the report it came from, and so its publication date, is not recorded)", Fact(page, "Due"));
        Assert.Equal("Not known: the due date is not known", Fact(page, "Overdue"));
        Assert.Equal("Overdue: not known", page.QuerySelector(".item-status .overdue-not-known")!.TextContent);

        var list = site.Open("/recommendations/");
        var row = list.QuerySelector("a[href='/recommendations/10618/']")!.Closest("tr")!;
        Assert.Equal("not-known", row.GetAttribute("data-overdue"));
        Assert.Contains("Overdue: not known", row.TextContent);
        var options = list.QuerySelectorAll("#filter-overdue option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal([("", "Any"), ("yes", "Overdue"), ("no", "Not overdue"), ("not-known", "Not known")], options);

        var data = ItemsData(site.Output);
        Assert.Equal("not-known", data["10618"]["overdue"]);
        Assert.Equal(["9472", "9962", "10618", "ppda-super-complaint-1", "ppda-super-complaint-2", "ppda-super-complaint-3", "rape-survivors-phase-2-not-police-specific"],
            data.Values.Where(r => r["overdue"] == "not-known" && r["not_reported_since"] == "").Select(r => r["id"]));

        var home = Normalised(site.Open("/").QuerySelector("#headline")!.ParentElement!.TextContent);
        Assert.Contains("This site follows 13 named items in detail: 8 open, 3 not reported at the last 2 meetings and 2 signed off.", home);
        Assert.Contains("Of the 8 open, 2 overdue, 0 not yet due and 6 whose due date the papers do not give and that cannot be worked out, so whether they are overdue is not known.", home);
    }

    [Fact]
    public void The_data_package_does_not_say_a_column_is_always_given_when_it_can_be_not_known()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "datapackage.json")));
        var fields = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "recommendations")
            .GetProperty("schema").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("string", fields["overdue"].GetProperty("type").GetString());
        Assert.Equal(["yes", "no", "not-known"], fields["overdue"].GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.False(fields["due"].TryGetProperty("constraints", out _));
    }

    [Fact]
    public void An_item_not_reported_at_the_latest_meetings_is_shown_as_not_reported_since_and_not_counted_as_open()
    {
        var page = site.Open("/recommendations/rape-survivors-phase-2-1/");
        Assert.Equal("Not reported since 31 March 2022 (last reported open)", page.QuerySelector(".item-status .status-not-reported")!.TextContent);
        Assert.StartsWith("Not reported since 31 March 2022: last reported open. An item last reported open but not reported at any of the last 2 meetings is not counted as open now",
            Fact(page, "Status"));

        var list = site.Open("/recommendations/");
        var row = list.QuerySelector("a[href='/recommendations/rape-survivors-phase-2-1/']")!.Closest("tr")!;
        Assert.Equal("not-reported-recently", row.GetAttribute("data-status"));
        Assert.Contains(list.QuerySelectorAll("#filter-status option"), o => o.GetAttribute("value") == "not-reported-recently" && o.TextContent == "Not reported at the last 2 meetings");
        Assert.Contains("not counted as open now", list.QuerySelector(".rule-note")!.TextContent);

        var owners = RenderedChart.Read(site.Open("/"), "chart-owners");
        Assert.Equal("3", owners.Cell("Crime portfolio (ACC Bell)", "Not reported at the last 2 meetings"));
        Assert.Equal("0", owners.Cell("Crime portfolio (ACC Bell)", "Open"));

        var data = ItemsData(site.Output)["rape-survivors-phase-2-1"];
        Assert.Equal(("open", "2022-03-31", "2022-03-31"), (data["status"], data["last_reported"], data["not_reported_since"]));
    }

    [Fact]
    public void The_number_of_meetings_an_item_may_go_unreported_is_the_sites_setting()
    {
        var data = ItemsData(edited.Output);
        Assert.Equal("", data["10618"]["not_reported_since"]);
        Assert.Equal("2022-03-31", data["rape-survivors-phase-2-1"]["not_reported_since"]);
        var chart = RenderedChart.Read(edited.Open("/"), "chart-open-named");
        Assert.Equal("0", chart.Cell("30 June 2022", "Named recommendations")); // reported open in March only: not open by June under a rule of one meeting
    }

    [Fact]
    public void A_publication_given_only_as_a_month_is_shown_as_written_and_one_not_known_says_so()
    {
        var report = edited.Open("/reports/finding-time-for-crime/");
        var published = Normalised(report.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == "Published").NextElementSibling!.TextContent);
        Assert.Equal("August 2022 (the papers give no day)", published);
        Assert.Equal("by March 2023", Fact(edited.Open("/recommendations/finding-time-for-crime-1/"), "Due")); // the paper's own date stands

        var reports = edited.Open("/reports/");
        var cell = reports.QuerySelector("a[href='/reports/finding-time-for-crime/']")!.Closest("tr")!.Children[2];
        Assert.Equal(("August 2022", "2022-08-01"), (cell.TextContent.Trim(), cell.GetAttribute("data-sort-value")));
        var unknown = reports.QuerySelector("a[href='/reports/rape-survivors-phase-2/']")!.Closest("tr")!;
        Assert.Equal(unknown, reports.QuerySelectorAll("tbody tr").Last()); // newest first, not known last
        Assert.Equal("Not known", unknown.Children[2].TextContent.Trim());

        var timeline = RenderedChart.Read(edited.Open("/"), "chart-timeline");
        Assert.Contains(timeline.Rows, r => r[0] == "August 2022" && r[1] == "Report published");
    }
}
