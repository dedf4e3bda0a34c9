using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>snapshots.csv: the aggregate counts a meeting's paper gives.</summary>
public static class SnapshotsTable
{
    public const string FileName = "snapshots.csv";

    public sealed class Row
    {
        public string? Meeting { get; set; }
        public Count? OpenRecommendations { get; set; }
        public Count? OpenAreasForImprovement { get; set; }
        public Count? OpenCausesOfConcern { get; set; }
        public Count? SignedOffSincePrevious { get; set; }
        public Count? CausesOfConcernSignedOffSincePrevious { get; set; }
    }

    public sealed class Map : CsvTableMap<Row>
    {
        public Map(CsvReadContext context)
        {
            Column(r => r.Meeting, "meeting", new IdCell(context));
            Column(r => r.OpenRecommendations, "open_recommendations", new CountCell(context));
            Column(r => r.OpenAreasForImprovement, "open_areas_for_improvement", new CountCell(context));
            Column(r => r.OpenCausesOfConcern, "open_causes_of_concern", new CountCell(context));
            Column(r => r.SignedOffSincePrevious, "signed_off_since_previous", new CountCell(context));
            Column(r => r.CausesOfConcernSignedOffSincePrevious, "causes_of_concern_signed_off_since_previous", new CountCell(context));
        }
    }

    public static IReadOnlyList<Snapshot> Read(string text, CsvReadContext context) =>
        CsvTableReader.Read(text, context, new Map(context))
            .Select(r => new Snapshot(
                r.Row.Meeting!, r.Row.OpenRecommendations, r.Row.OpenAreasForImprovement, r.Row.OpenCausesOfConcern,
                r.Row.SignedOffSincePrevious, r.Row.CausesOfConcernSignedOffSincePrevious, r.Source))
            .ToList();
}
