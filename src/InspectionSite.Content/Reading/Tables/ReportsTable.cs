using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>reports.csv: one row per published report.</summary>
public static class ReportsTable
{
    private static readonly Column<Report, string?> Id = new("id", Converters.Id, r => r.Id, "The report's ID on this site.", "solihull-jtai") { Required = true, ListedIn = SiteLists.Reports };
    private static readonly Column<Report, string?> Title = new("title", Text, r => r.Title, "The report's title.", "Solihull JTAI Report following the murder of Arthur Labinjo-Hughes") { Required = true, ListedIn = SiteLists.Reports | SiteLists.Items };
    private static readonly Column<Report, InspectionKind?> Kind = new("kind", Converters.InspectionKind, r => r.Kind, "What kind of report it is.", "jtai") { Required = true, ListedIn = SiteLists.Reports };
    private static readonly Column<Report, PartialDate?> Published = new("published", Converters.PartialDate, r => r.Published, "When HMICFRS published it, as the paper gives it.", "2022-02-21")
    {
        ListedIn = SiteLists.Reports,
        Guidance = "Write a month (2022-07) or a year when the paper gives no day, and leave it empty when the papers do not say. A due date is worked out from \"Within six months\" only when a whole day is given.",
    };
    private static readonly Column<Report, string?> Inspection = new("inspection", Converters.Id, r => r.InspectionId, "The ID of the inspection it reports.", "arthur-labinjo-hughes-jtai") { References = "inspections" , Guidance = "Leave it empty if the papers do not link it to one." };
    private static readonly Column<Report, bool?> FieldworkInForce = new("fieldwork_in_force", YesNo, r => r.FieldworkInForce, "Whether its fieldwork included this force.", "yes") { ListedIn = SiteLists.Reports };
    private static readonly Column<Report, string?> Judgement = new("judgement", Text, r => r.Judgement, "The graded judgement, where HMICFRS gave one.", "") { Guidance = "For example Inadequate." };
    private static readonly Column<Report, string?> Url = new("url", Address, r => r.Url, "The report's address on the HMICFRS website.", "https://hmicfrs.justiceinspectorates.gov.uk/publications/solihull-jtai/");
    private static readonly Column<Report, ReportItems?> Items = new("items", Converters.ReportItems, r => r.Items, "Whether its recommendations are listed on this site.", "tracked")
        { Guidance = "tracked when recommendations.csv lists them (counted-but-unworded ones included); none-made when the paper says the report made none; not-tracked when it made some this site does not list. Leave it empty if the papers do not say." };
    private static readonly Column<Report, IReadOnlyList<string>> Topics = new("topics", List, r => r.Topics, "Its topics.", "Child protection") { ListedIn = SiteLists.Reports };
    private static readonly Column<Report, string?> Source = PaperSourceColumns.Meeting<Report>(r => r.StatedIn, "reports its publication");
    private static readonly Column<Report, string?> SourceSection = PaperSourceColumns.Section<Report>(r => r.StatedIn);

    public static readonly TableSchema<Report> Schema = new("reports.csv",
        "One row per HMICFRS report presented to the committee. A Markdown file reports/<id>.md may give its summary.",
        [Id, Title, Kind, Published, Inspection, FieldworkInForce, Judgement, Url, Topics, Items, Source, SourceSection],
        (row, source) => new Report(row.Get(Id)!, row.Get(Title)!, row.Get(Kind)!, row.Get(Published), row.Get(Inspection), row.Get(FieldworkInForce),
            row.Get(Judgement), row.Get(Url), row.Get(Topics), Body: null, source, PaperSourceColumns.Of(row.Get(Source), row.Get(SourceSection)), row.Get(Items)));
}
