using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>recommendations.csv: one row per recommendation, area for improvement or cause of concern.</summary>
public static class RecommendationsTable
{
    public const string FileName = "recommendations.csv";

    public sealed class Row
    {
        public string? Id { get; set; }
        public ItemKind? Kind { get; set; }
        public string? Report { get; set; }
        public string? Reference { get; set; }
        public string? Number { get; set; }
        public string? Area { get; set; }
        public string? Text { get; set; }
        public string? Addressee { get; set; }
        public Timescale? Timescale { get; set; }
        public string? Owner { get; set; }
        public IReadOnlyList<string>? Topics { get; set; }
    }

    public sealed class Map : CsvTableMap<Row>
    {
        public Map(CsvReadContext context)
        {
            Column(r => r.Id, "id", new IdCell(context));
            Column(r => r.Kind, "kind", new ChoiceCell<ItemKind>(context, required: true));
            Column(r => r.Report, "report", new IdCell(context, required: false));
            Column(r => r.Reference, "reference", new ReferenceCell(context));
            Column(r => r.Number, "number", new TextCell(context));
            Column(r => r.Area, "area", new TextCell(context));
            Column(r => r.Text, "text", new TextCell(context, required: true));
            Column(r => r.Addressee, "addressee", new TextCell(context));
            Column(r => r.Timescale, "timescale", new TimescaleCell(context));
            Column(r => r.Owner, "owner", new TextCell(context));
            Column(r => r.Topics, "topics", new ListCell(context));
        }
    }

    public static IReadOnlyList<Recommendation> Read(string text, CsvReadContext context) =>
        CsvTableReader.Read(text, context, new Map(context))
            .Select(r => new Recommendation(
                r.Row.Id!, r.Row.Kind!.Value, r.Row.Report, r.Row.Reference, r.Row.Number, r.Row.Area, r.Row.Text!,
                r.Row.Addressee, r.Row.Timescale, r.Row.Owner, r.Row.Topics ?? [], r.Source))
            .ToList();
}
