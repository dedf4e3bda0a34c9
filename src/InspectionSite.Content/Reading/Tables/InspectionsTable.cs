using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>inspections.csv: one row per inspection or engagement.</summary>
public static class InspectionsTable
{
    private static readonly Column<Inspection, string?> Id = new("id", Converters.Id, i => i.Id, "The inspection's ID on this site.", "arthur-labinjo-hughes-jtai") { Required = true, ListedIn = SiteLists.Inspections };
    private static readonly Column<Inspection, string?> Title = new("title", Text, i => i.Title, "Its name as the papers give it.", "Joint targeted area inspection of Solihull") { Required = true, ListedIn = SiteLists.Inspections };
    private static readonly Column<Inspection, InspectionKind?> Kind = new("kind", Converters.InspectionKind, i => i.Kind, "What kind of inspection it is.", "jtai") { Required = true, ListedIn = SiteLists.Inspections , Guidance = "Use force-inspection for an inspection of this force alone other than PEEL (such as crime data integrity), data-request for a request for data only, and engagement for workshops and the like." };
    private static readonly Column<Inspection, bool?> InForce = new("in_force", YesNo, i => i.InForce, "Whether fieldwork or engagement took place in this force.", "yes") { ListedIn = SiteLists.Inspections };
    private static readonly Column<Inspection, IReadOnlyList<string>> OtherForces = new("other_forces", List, i => i.OtherForces, "The other forces involved.", "");
    private static readonly Column<Inspection, IReadOnlyList<string>> LeadAgencies = new("lead_agencies", List, i => i.LeadAgencies, "The agencies leading the inspection.", "Ofsted; CQC; HMICFRS; HMI Probation");
    private static readonly Column<Inspection, IReadOnlyList<string>> Topics = new("topics", List, i => i.Topics, "Its topics.", "Child protection") { ListedIn = SiteLists.Inspections , Guidance = "Each topic gets a page listing everything about it." };
    private static readonly Column<Inspection, string?> Source = PaperSourceColumns.Meeting<Inspection>(i => i.StatedIn, "reports the inspection");
    private static readonly Column<Inspection, string?> SourceSection = PaperSourceColumns.Section<Inspection>(i => i.StatedIn);

    public static readonly TableSchema<Inspection> Schema = new("inspections.csv",
        "One row per HMICFRS inspection or other engagement the committee papers mention. A Markdown file inspections/<id>.md may give its description; inspection_events.csv gives its dates.",
        [Id, Title, Kind, InForce, OtherForces, LeadAgencies, Topics, Source, SourceSection],
        (row, source) => new Inspection(row.Get(Id)!, row.Get(Title)!, row.Get(Kind)!, row.Get(InForce), row.Get(OtherForces), row.Get(LeadAgencies), row.Get(Topics), Body: null, source,
            PaperSourceColumns.Of(row.Get(Source), row.Get(SourceSection))));
}
