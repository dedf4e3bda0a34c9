using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading;

/// <summary>meetings/&lt;id&gt;.md: one committee paper.</summary>
public static class MeetingDocument
{
    private static readonly Column<Meeting, string?> Title = new("title", Text, m => m.Title, "The meeting's title.", "Joint Audit Committee, 29 September 2022") { Required = true };
    private static readonly Column<Meeting, string?> Committee = new("committee", Text, m => m.Committee, "The committee that met.", "Joint Audit Committee") { Required = true };
    private static readonly Column<Meeting, DateOnly?> Date = new("date", Converters.Date, m => m.Date, "The date of the meeting.", "2022-09-29") { Required = true };
    private static readonly Column<Meeting, string?> AgendaItem = new("agenda_item", Text, m => m.AgendaItem, "The paper's agenda item.", "07");
    private static readonly Column<Meeting, string?> Paper = new("paper", Text, m => m.Paper, "The paper's title.", "HMICFRS update");
    private static readonly Column<Meeting, string?> ContactOfficer = new("contact_officer", Text, m => m.ContactOfficer, "The paper's contact officer.", "Inspector Jane Smith");
    private static readonly Column<Meeting, string?> ContactTitle = new("contact_title", Text, m => m.ContactTitle, "The contact officer's role.", "HMICFRS Force Liaison Officer");
    private static readonly Column<Meeting, string?> Summary = new("summary", Text, m => m.Summary, "What the paper reports, in brief.", "The paper reports progress on 45 recommendations.") { Required = true , Guidance = "Two or three sentences." };
    private static readonly Column<Meeting, IReadOnlyList<string>> Inspections = new("inspections", IdList, m => m.InspectionIds, "The IDs of the inspections the paper mentions.", "[wmp-peel-2021, solihull-jtai]");
    private static readonly Column<Meeting, ReportsOnAgenda> Reports = new("reports", Converters.ReportsOnAgenda, m => new ReportsOnAgenda(m.ReportIds, m.ReportReasons),
        "The IDs of the reports the paper presents, each perhaps with why it is on the agenda.", "{solihull-jtai: published-since-last-meeting}")
        { Guidance = "Write one 'id: reason' line for each report, indented below 'reports:': published-since-last-meeting when the paper presents it as new, brought-back-for-review when it returns to an earlier one. A plain list of IDs says no reason." };
    private static readonly Column<Meeting, IReadOnlyList<PaperDocument>> Documents = new("documents", PaperDocuments, m => m.Documents,
        "The documents the paper lists as attached to it: background documents and appendices.", "[{title: HMICFRS Solihull JTAI Report – Feb 2022, kind: background}]")
        { Guidance = "One entry for each, as the paper lists it: '- title: ...', then 'kind: background' or 'kind: appendix', and 'url: https://...' if it is published elsewhere. " +
            "To publish an appendix's PDF with the paper, put it in the meetings folder named after the meeting (2022-09-29-appendix-a.pdf) and write 'file: 2022-09-29-appendix-a.pdf': " +
            "the site publishes it at /meetings/2022-09-29/appendix-a.pdf and lists it with its pages and size." };
    private static readonly Column<Meeting, string?> PaperUrl = new("paper_url",
        new CheckedTextConverter("A full web address starting with https://.", WebAddress.Problem, "Write the full address of the council's copy starting with https://, or delete the line."), m => m.PaperUrl,
        "The address of the paper on the council's website, for a meeting whose PDF is not beside this file.", "https://governance.example.gov.uk/documents/jac-2022-09-29-item-07.pdf")
        { Guidance = "Leave it out when the paper's PDF is in the meetings folder with the same name as this file (2022-09-29.pdf): the site then publishes that copy and links it." };

    public static readonly DocumentSchema<Meeting> Schema = new("meetings/<id>.md",
        "One file per committee meeting that received an HMICFRS update, named by the meeting's ID (its date, 2022-09-29.md). The front matter describes the meeting; the text below it is the paper.",
        [Title, Committee, Date, AgendaItem, Paper, ContactOfficer, ContactTitle, Summary, Inspections, Reports, Documents, PaperUrl],
        (id, row, document) => new Meeting(id, row.Get(Title) ?? "", row.Get(Committee) ?? "", row.Get(Date) ?? default, row.Get(AgendaItem), row.Get(Paper),
            row.Get(ContactOfficer), row.Get(ContactTitle), row.Get(Summary) ?? "", row.Get(Inspections), row.Get(Reports).Ids, document.Body, document.Start,
            row.Get(Documents), row.Get(Reports).Reasons) { PaperUrl = row.Get(PaperUrl) });
}
