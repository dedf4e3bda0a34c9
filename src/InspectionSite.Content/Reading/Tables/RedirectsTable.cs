using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>redirects.csv (optional): one row per renamed page, from its old address to its new one.</summary>
public static class RedirectsTable
{
    public const string FileName = "redirects.csv";

    public sealed class Row
    {
        public string? From { get; set; }
        public string? To { get; set; }
    }

    public sealed class Map : CsvTableMap<Row>
    {
        public Map(CsvReadContext context)
        {
            Column(r => r.From, "from", new SitePathCell(context, isTarget: false));
            Column(r => r.To, "to", new SitePathCell(context, isTarget: true));
        }
    }

    public static IReadOnlyList<Redirect> Read(string text, CsvReadContext context) =>
        CsvTableReader.Read(text, context, new Map(context))
            .Select(r => new Redirect(r.Row.From!, r.Row.To!, r.Source))
            .ToList();
}
