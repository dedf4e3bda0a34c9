using AngleSharp.Dom;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The papers' totals, each in its unit and never compared with one counted another way or with the named items;
/// and what the papers say of a row's facts where they differ, shown with both sources until the office decides.
/// </summary>
public sealed class TotalsAndClaimsTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    /// <summary>The element's words as a reader meets them, one space between the text of neighbouring elements.</summary>
    private static string Text(IElement element) =>
        string.Join(' ', element.Descendants<IText>().SelectMany(t => t.Data.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void The_september_meeting_states_the_papers_three_signed_off_and_names_only_the_two_it_can()
    {
        var changes = Text(site.Open("/meetings/2022-09-29/").GetElementById("changes")!.ParentElement!);

        Assert.Contains("Causes of concern signed off since the previous meeting Not said by the paper Not given in this unit 3 resulting three causes of concern have been signed off by HMICFRS", changes);
        Assert.Contains("The paper gives 3 causes of concern signed off since the previous meeting. This site names 2 cause-of-concern reference numbers that this paper’s rows record as signed off at this meeting (8539 and 9159), both inferred rather than stated by the paper. This site cannot name the other one the paper counts.", changes);
        Assert.Contains("2 causes of concern moved from open to signed off by HMICFRS (inferred, not stated by the paper)", changes);
        Assert.DoesNotContain("2 moved from open", changes);
    }

    [Fact]
    public void The_september_meeting_does_not_set_two_headings_against_three_reference_numbers_as_one_count()
    {
        var changes = Text(site.Open("/meetings/2022-09-29/").GetElementById("changes")!.ParentElement!);

        // June's five (reference numbers) and September's two (headings) are on rows of their own, each given in one meeting only.
        Assert.Contains("Causes of concern open Headings (a heading may hold more than one reference number) Not given in this unit 2", changes);
        Assert.Contains("Causes of concern open HMICFRS reference numbers 5 Not given in this unit", changes);
        Assert.Contains("This site names 3 cause-of-concern reference numbers that this paper’s rows report as open (9472, 9962 and 10618). A heading can hold more than one reference number, so the two figures count different things and are not compared.", changes);
        Assert.DoesNotContain("3 stayed open", changes);
    }

    [Fact]
    public void The_home_page_gives_the_named_items_under_a_label_of_their_own()
    {
        var section = Text(site.Open("/").GetElementById("progress")!.ParentElement!);

        Assert.Contains("The 29 September 2022 paper gives 45 recommendations open. Recommendations this site names as open by then: 5. The papers do not name every item their totals count", section);
        Assert.Contains("The 29 September 2022 paper gives 2 causes of concern open (counted by heading). Cause-of-concern reference numbers this site names as open by then: 3 (9472, 9962 and 10618).", section);
        Assert.DoesNotContain("the papers name only some", section);
    }

    [Fact]
    public void Two_papers_that_disagree_give_a_warning_naming_both_rows_and_both_values_on_the_page()
    {
        var warning = Assert.Single(site.Result.Warnings, w => w.Message.Contains("disagree", StringComparison.Ordinal));
        Assert.Contains("inspections.csv:7 gives 'Yes'", warning.Message);
        Assert.Contains("claims.csv:3 (the paper of 2022-09-29) gives 'No'", warning.Message);
        Assert.EndsWith("claims.csv", warning.Location.File);

        var page = site.Open("/inspections/cwj-ppda-super-complaint/");
        Assert.Contains("Yes or No: the papers disagree", Text(page.QuerySelector(".govuk-summary-list")!));
        var claims = Text(page.GetElementById("claims")!.ParentElement!);
        Assert.Contains("The papers disagree, and the office has not yet recorded which stands.", claims);
        Assert.Contains("Yes : Since the last JAC report was produced there have been five inspections conducted within West Midlands Police. Source: Joint Audit Committee, 31 March 2022, “Inspections held since the last report”", claims);
        Assert.Contains("No : Since the last JAC, there have been two national reports published by HMICFRS. Fieldwork inspection did not occur in WMP, however we supported with data returns. Source: Joint Audit Committee, 29 September 2022, “3. Published inspection reports”", claims);
        Assert.Equal("/meetings/2022-09-29/#3-published-inspection-reports", page.GetElementById("claims")!.ParentElement!.QuerySelectorAll(".source a")[2].GetAttribute("href"));
    }

    [Fact]
    public void A_decided_difference_shows_the_standing_value_with_the_other_as_history_and_no_warning()
    {
        using var folder = TempFolder.WithRealInput();
        InputEdits.Replace(Path.Combine(folder["input"], "claims.csv"), "however we supported with data returns.\",,",
            "however we supported with data returns.\",yes,The September paper reports on the published report; the March paper counted the data request among inspections.");
        var result = SiteBuilder.Build(folder["input"], folder["output"]);

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("disagree", StringComparison.Ordinal));
        var page = BuiltSite.Open(folder["output"], "/inspections/cwj-ppda-super-complaint/");
        Assert.Equal("No", page.QuerySelectorAll(".govuk-summary-list dd")[1].TextContent.Trim());
        var claims = Text(page.GetElementById("claims")!.ParentElement!);
        Assert.Contains("What stands: No . The September paper reports on the published report", claims);
        Assert.Contains("No : Since the last JAC, there have been two national reports", claims);
        Assert.Contains("(this stands)", claims);
        Assert.Contains("(history: this does not stand)", claims);
    }

    [Fact]
    public void The_march_meeting_names_the_stop_and_search_inspection_as_the_march_paper_did()
    {
        var mentions = site.Open("/meetings/2022-03-31/").GetElementById("mentions")!.ParentElement!;
        var links = mentions.QuerySelectorAll("a[href='/inspections/section-60-super-complaint/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Police Super-complaint: Police use of stop and search powers"], links);

        var june = site.Open("/meetings/2022-06-30/").GetElementById("mentions")!.ParentElement!;
        Assert.Contains("Police Super-complaint: Police use of Section 60 stop and search powers", june.TextContent);
    }

    [Fact]
    public void The_open_data_publishes_each_total_in_its_unit_with_its_words()
    {
        var lines = File.ReadAllLines(Path.Combine(site.Output, "data", "totals.csv"));
        Assert.Equal("meeting,meeting_date,measure,figure,counted_as,source_section,quote", lines[0]);
        Assert.Contains("2022-09-29,2022-09-29,causes-of-concern-open,2,headings,2. West Midlands Police PEEL inspection & national recommendations,The remaining two continue to be worked upon by portfolio leads.", lines);
        Assert.Contains("2022-09-29,2022-09-29,recommendations-signed-off,over 60,not-said,2. West Midlands Police PEEL inspection & national recommendations,This has resulted in the sign off of over 60 recommendations", lines);
        Assert.Equal(7, lines.Length);
    }
}
