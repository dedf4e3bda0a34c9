using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>inspections.csv: one row per inspection or engagement.</summary>
public static class InspectionsTable
{
    public const string FileName = "inspections.csv";

    public sealed class Row
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public InspectionKind? Kind { get; set; }
        public bool? InForce { get; set; }
        public DateOnly? FieldworkStart { get; set; }
        public string? FieldworkNote { get; set; }
        public IReadOnlyList<string>? OtherForces { get; set; }
        public IReadOnlyList<string>? LeadAgencies { get; set; }
        public IReadOnlyList<string>? Topics { get; set; }
    }

    public sealed class Map : CsvTableMap<Row>
    {
        public Map(CsvReadContext context)
        {
            Column(r => r.Id, "id", new IdCell(context));
            Column(r => r.Title, "title", new TextCell(context, required: true));
            Column(r => r.Kind, "kind", new ChoiceCell<InspectionKind>(context, required: true));
            Column(r => r.InForce, "in_force", new YesNoCell(context));
            Column(r => r.FieldworkStart, "fieldwork_start", new DateCell(context));
            Column(r => r.FieldworkNote, "fieldwork_note", new TextCell(context));
            Column(r => r.OtherForces, "other_forces", new ListCell(context));
            Column(r => r.LeadAgencies, "lead_agencies", new ListCell(context));
            Column(r => r.Topics, "topics", new ListCell(context));
        }
    }

    public static IReadOnlyList<Inspection> Read(string text, CsvReadContext context) =>
        CsvTableReader.Read(text, context, new Map(context))
            .Select(r => new Inspection(
                r.Row.Id!, r.Row.Title!, r.Row.Kind!.Value, r.Row.InForce, r.Row.FieldworkStart, r.Row.FieldworkNote,
                r.Row.OtherForces ?? [], r.Row.LeadAgencies ?? [], r.Row.Topics ?? [], Body: null, r.Source))
            .ToList();
}
