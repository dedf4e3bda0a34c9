using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Content.Reading;

/// <summary>Every file of the input, in the order the input-format document gives them.</summary>
public static class InputSchemas
{
    public static readonly IReadOnlyList<ITableSchema> Tables =
        [InspectionsTable.Schema, InspectionEventsTable.Schema, ReportsTable.Schema, RecommendationsTable.Schema, ProgressTable.Schema, TotalsTable.Schema, ClaimsTable.Schema, RedirectsTable.Schema, CorrectionsTable.Schema];

    public static readonly IDocumentSchema Site = SiteSettings.Schema;

    /// <summary>The kinds of Markdown file with front matter.</summary>
    public static readonly IReadOnlyList<IDocumentSchema> Documents = [MeetingDocument.Schema, PageDocument.Schema];

    /// <summary>The Markdown files that are only a body, each given to the row of the same ID.</summary>
    public static readonly IReadOnlyList<BodySchema> Bodies =
    [
        new("inspections/<id>.md", "The description of the inspection with that ID in inspections.csv, in Markdown, with no front matter. Optional.", "The inspection looked at how agencies in Solihull work together to protect children."),
        new("reports/<id>.md", "The summary of the report with that ID in reports.csv, in Markdown, with no front matter. Optional.", "## Findings\n\nThe report found that the force should improve how it records hate crime."),
    ];
}
