using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>reports.csv: one row per published report.</summary>
public static class ReportsTable
{
    public const string FileName = "reports.csv";

    public sealed class Row
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public InspectionKind? Kind { get; set; }
        public DateOnly? Published { get; set; }
        public string? Inspection { get; set; }
        public bool? FieldworkInForce { get; set; }
        public string? Judgement { get; set; }
        public string? Url { get; set; }
        public IReadOnlyList<string>? Topics { get; set; }
    }

    public sealed class Map : CsvTableMap<Row>
    {
        public Map(CsvReadContext context)
        {
            Column(r => r.Id, "id", new IdCell(context));
            Column(r => r.Title, "title", new TextCell(context, required: true));
            Column(r => r.Kind, "kind", new ChoiceCell<InspectionKind>(context, required: true));
            Column(r => r.Published, "published", new DateCell(context, required: true));
            Column(r => r.Inspection, "inspection", new IdCell(context, required: false));
            Column(r => r.FieldworkInForce, "fieldwork_in_force", new YesNoCell(context));
            Column(r => r.Judgement, "judgement", new TextCell(context));
            Column(r => r.Url, "url", new WebAddressCell(context));
            Column(r => r.Topics, "topics", new ListCell(context));
        }
    }

    public static IReadOnlyList<Report> Read(string text, CsvReadContext context) =>
        CsvTableReader.Read(text, context, new Map(context))
            .Select(r => new Report(
                r.Row.Id!, r.Row.Title!, r.Row.Kind!.Value, r.Row.Published!.Value, r.Row.Inspection, r.Row.FieldworkInForce,
                r.Row.Judgement, r.Row.Url, r.Row.Topics ?? [], Body: null, r.Source))
            .ToList();
}
