using AngleSharp.Dom;
using CsvHelper;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// What the papers say that a plain table of facts could not hold: an inspection's events with dates as the papers
/// give them, items a paper counts without wording them, a report that made no recommendations, the documents
/// attached to a paper and why each report is on its agenda, "no further action required", and kinds beyond the first few.
/// </summary>
public sealed class PaperFormatTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static string MainText(IDocument page) => Normalise(page.QuerySelector("main")!.TextContent);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private List<Dictionary<string, string>> Data(string table)
    {
        using var csv = CsvReader.Create(new StringReader(SourceText.Decode(File.ReadAllBytes(Path.Combine(site.Output, "data", table + ".csv")))));
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.Select((h, i) => (h, csv.GetString(i))).ToDictionary(x => x.h, x => x.Item2));
        return rows;
    }

    /// <summary>A copy of the real input with one edit, built; the page at <paramref name="path"/>.</summary>
    private static IDocument BuiltWith(Action<string> edit, string path)
    {
        using var folder = TempFolder.WithRealInput();
        edit(folder["input"]);
        SiteBuilder.Build(folder["input"], folder["output"]);
        return BuiltSite.Open(folder["output"], path);
    }

    private static string OnlyProblem(Action<string> edit) => Assert.Single(Problems(edit));

    private static List<string> Problems(Action<string> edit)
    {
        using var folder = TempFolder.WithRealInput();
        edit(folder["input"]);
        return SiteBuilder.Problems(folder["input"], folder["output"]).Select(p => p.ToString()).ToList();
    }

    [Fact]
    public void Items_a_paper_counts_without_wording_them_are_shown_as_counted_and_never_given_words()
    {
        var report = site.Open("/reports/rape-survivors-phase-2/");
        Assert.Contains("9 recommendations: 3 worded in the paper, 6 counted but not worded", MainText(report));

        var counted = site.Open("/recommendations/rape-survivors-phase-2-not-police-specific/");
        Assert.StartsWith("6 recommendations of “Exploring rape survivors", Normalise(counted.QuerySelector("h1")!.TextContent));
        Assert.EndsWith("not worded in the paper", Normalise(counted.QuerySelector("h1")!.TextContent));
        Assert.Equal("The paper counts these 6 recommendations but does not word them.", counted.QuerySelector(".item-text")!.TextContent.Trim());
        Assert.Null(counted.QuerySelector("blockquote"));

        var row = Data("recommendations").Single(r => r["id"] == "rape-survivors-phase-2-not-police-specific");
        Assert.Equal("6", row["count"]);
        Assert.Equal("", row["text"]);
    }

    [Fact]
    public void An_item_with_neither_words_nor_a_count_is_refused()
    {
        var problem = OnlyProblem(input => InputEdits.Replace(Path.Combine(input, "recommendations.csv"), ",Rape and sexual offences,6", ",Rape and sexual offences,"));
        Assert.Contains("recommendations.csv", problem);
        Assert.Contains("has no text", problem);
        Assert.Contains("count", problem);
    }

    [Fact]
    public void An_inspection_page_lists_its_events_in_date_order_with_dates_as_the_papers_give_them_and_their_sources()
    {
        var page = site.Open("/inspections/digital-forensics-thematic/");
        var rows = page.QuerySelectorAll("#events ~ .table-scroll tbody tr").Select(r => Normalise(r.TextContent)).ToList();
        Assert.Equal(5, rows.Count);
        Assert.StartsWith("No date given Notified", rows[0]);
        Assert.StartsWith("expected week commencing 4 April 2022 Fieldwork", rows[1]);
        Assert.Contains("Source: Joint Audit Committee, 31 March 2022, “Inspections notified”", rows[1]);
        Assert.StartsWith("week commencing 4 April 2022 Fieldwork", rows[2]);
        Assert.Contains("Source: Joint Audit Committee, 30 June 2022, “3. HMICFRS inspections & other engagements”", rows[2]);
        Assert.StartsWith("No date given Hot debrief", rows[3]);
        Assert.StartsWith("expected 2022 Report expected", rows[4]);

        var week = page.QuerySelectorAll("#events ~ .table-scroll time").First(t => t.TextContent == "week commencing 4 April 2022");
        Assert.Equal("2022-W14", week.GetAttribute("datetime"));
        Assert.Contains(page.QuerySelectorAll("#events ~ .table-scroll a"), a => a.GetAttribute("href") == "/meetings/2022-06-30/#3-hmicfrs-inspections--other-engagements");
        Assert.Contains("Fieldwork week commencing 4 April 2022", Normalise(page.QuerySelector(".govuk-summary-list")!.TextContent));
    }

    [Fact]
    public void An_expected_date_stays_expected_in_the_list_and_the_open_data()
    {
        var list = site.Open("/inspections/");
        var rocu = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("ROCU"));
        Assert.Contains("expected October 2022", Normalise(rocu.TextContent));

        var events = Data("inspection_events");
        var september = events.Single(e => e["inspection"] == "rocu-thematic" && e["kind"] == "fieldwork" && e["source"] == "2022-09-29");
        Assert.Equal("expected 2022-10", september["date"]);
        Assert.Equal("2022-10-01", september["date_start"]);
        Assert.Contains("Early October", september["note"]);
    }

    [Fact]
    public void An_event_whose_date_is_not_a_date_is_reported_at_its_cell()
    {
        var problem = OnlyProblem(input => InputEdits.AppendLine(Path.Combine(input, "inspection_events.csv"), "rocu-thematic,fieldwork,early October,2022-09-29,,"));
        Assert.Contains("inspection_events.csv:", problem);
        Assert.Contains(":3: ", problem);
        Assert.Contains("'early October' is not a date", problem);
    }

    [Fact]
    public void A_report_that_made_no_recommendations_says_so_and_differs_from_one_whose_items_are_not_listed()
    {
        var unknown = site.Open("/reports/solihull-jtai/");
        Assert.Contains("Recommendations Not known", MainText(unknown));

        var none = BuiltWith(input => InputEdits.Replace(Path.Combine(input, "reports.csv"), "Child protection,", "Child protection,none-made"), "/reports/solihull-jtai/");
        Assert.Contains("Recommendations It made none", MainText(none));
        Assert.Contains("This report made no recommendations.", MainText(none));

        var untracked = BuiltWith(input => InputEdits.Replace(Path.Combine(input, "reports.csv"), "Child protection,", "Child protection,not-tracked"), "/reports/solihull-jtai/");
        Assert.Contains("This report made recommendations, but this site does not list them.", MainText(untracked));
    }

    [Fact]
    public void An_item_of_a_report_that_made_none_is_refused()
    {
        var problems = Problems(input => InputEdits.Replace(Path.Combine(input, "reports.csv"), "Rape and sexual offences,tracked", "Rape and sexual offences,none-made"));
        Assert.Equal(4, problems.Count); // its three worded items and the row counting six more
        Assert.All(problems, p => Assert.Contains("'rape-survivors-phase-2', which reports.csv says made no recommendations", p));
        Assert.All(problems, p => Assert.Contains("recommendations.csv:", p));
    }

    [Fact]
    public void A_meeting_page_lists_the_documents_attached_to_its_paper_and_why_each_report_is_on_the_agenda()
    {
        var march = site.Open("/meetings/2022-03-31/");
        var documents = march.QuerySelectorAll("#documents ~ ul li").Select(li => Normalise(li.TextContent)).ToList();
        Assert.Equal(
            ["HMICFRS Solihull JTAI Report – Feb 2022 (background document; the paper gives no link)",
             "HMICFRS – Exploring rape survivors' experiences of the police and other CJ agencies – Phase 2 – Feb 2022 (background document; the paper gives no link)"],
            documents);
        Assert.Contains("Solihull JTAI Report following the murder of Arthur Labinjo-Hughes: published since the last meeting", MainText(march));

        var june = site.Open("/meetings/2022-06-30/");
        Assert.Contains("The paper lists no background documents or appendices.", MainText(june));

        var linked = BuiltWith(input => InputEdits.Replace(Path.Combine(input, "meetings/2022-03-31.md"),
            "    kind: background\n  - title: \"HMICFRS –", "    kind: appendix\n    url: https://example.org/jtai.pdf\n  - title: \"HMICFRS –"), "/meetings/2022-03-31/");
        var link = linked.QuerySelectorAll("#documents ~ ul a").Single();
        Assert.Equal("https://example.org/jtai.pdf", link.GetAttribute("href"));
        Assert.Contains("(appendix)", Normalise(link.ParentElement!.TextContent));
    }

    [Fact]
    public void A_document_of_an_unknown_kind_is_reported_at_its_entry()
    {
        var problem = OnlyProblem(input => InputEdits.Replace(Path.Combine(input, "meetings/2022-03-31.md"), "kind: background", "kind: annex"));
        Assert.Contains("2022-03-31.md:27:11:", problem);
        Assert.Contains("'annex' is not an allowed kind of document", problem);
        Assert.Contains("appendix", problem);
    }

    [Fact]
    public void No_further_action_required_is_its_own_outcome_neither_open_nor_signed_off()
    {
        var page = BuiltWith(input => InputEdits.Replace(Path.Combine(input, "progress.csv"), "ppda-super-complaint-2,2022-09-29,open", "ppda-super-complaint-2,2022-09-29,no-further-action-required"),
            "/recommendations/ppda-super-complaint-2/");
        var status = Normalise(page.QuerySelector(".item-status")!.TextContent);
        Assert.Contains("No further action required", status);
        Assert.DoesNotContain("Signed off", status);
        Assert.DoesNotContain("Open", status);
    }

    [Fact]
    public void A_force_level_inspection_beyond_peel_can_be_recorded_with_its_own_kind()
    {
        var page = BuiltWith(input => InputEdits.AppendLine(Path.Combine(input, "inspections.csv"), "wmp-crime-data-integrity,Crime data integrity inspection,force-inspection,yes,,HMICFRS,,,"),
            "/inspections/wmp-crime-data-integrity/");
        Assert.Contains("Kind Force inspection", MainText(page));
        Assert.Contains("Kind Data request", MainText(site.Open("/inspections/spring-data-request-2022/")));
    }
}
