using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>progress.csv: one row per reported status of one item.</summary>
public static class ProgressTable
{
    public const string FileName = "progress.csv";

    public sealed class Row
    {
        public string? Recommendation { get; set; }
        public string? Meeting { get; set; }
        public ItemStatus? Status { get; set; }
        public Rag? Rag { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Map : CsvTableMap<Row>
    {
        public Map(CsvReadContext context)
        {
            Column(r => r.Recommendation, "recommendation", new IdCell(context));
            Column(r => r.Meeting, "meeting", new IdCell(context));
            Column(r => r.Status, "status", new ChoiceCell<ItemStatus>(context, required: true));
            Column(r => r.Rag, "rag", new ChoiceCell<Rag>(context));
            Column(r => r.Note, "note", new TextCell(context));
        }
    }

    public static IReadOnlyList<ProgressEntry> Read(string text, CsvReadContext context) =>
        CsvTableReader.Read(text, context, new Map(context))
            .Select(r => new ProgressEntry(r.Row.Recommendation!, r.Row.Meeting!, r.Row.Status!.Value, r.Row.Rag, r.Row.Note, r.Source))
            .ToList();
}
