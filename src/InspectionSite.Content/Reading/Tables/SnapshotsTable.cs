using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>snapshots.csv: the aggregate counts a meeting's paper gives.</summary>
public static class SnapshotsTable
{
    private static readonly Column<Snapshot, string?> Meeting = new("meeting", Id, s => s.MeetingId, "The ID of the meeting whose paper gives the counts.", "2022-09-29") { Required = true, References = "meetings" };
    private static readonly Column<Snapshot, Count?> OpenRecommendations = new("open_recommendations", Converters.Count, s => s.OpenRecommendations, "How many recommendations the paper counts as open.", "45");
    private static readonly Column<Snapshot, Count?> OpenAreasForImprovement = new("open_areas_for_improvement", Converters.Count, s => s.OpenAreasForImprovement, "How many areas for improvement the paper counts as open.", "14");
    private static readonly Column<Snapshot, Count?> OpenCausesOfConcern = new("open_causes_of_concern", Converters.Count, s => s.OpenCausesOfConcern, "How many causes of concern the paper counts as open.", "2");
    private static readonly Column<Snapshot, Count?> SignedOffSincePrevious = new("signed_off_since_previous", Converters.Count, s => s.SignedOffSincePrevious, "How many items the paper says were signed off since the previous meeting.", "over 60");
    private static readonly Column<Snapshot, Count?> CausesOfConcernSignedOffSincePrevious = new("causes_of_concern_signed_off_since_previous", Converters.Count, s => s.CausesOfConcernSignedOffSincePrevious,
        "How many causes of concern the paper says were signed off since the previous meeting.", "3");

    public static readonly TableSchema<Snapshot> Schema = new("snapshots.csv",
        "The counts a meeting's paper gives, one row per meeting; the charts draw them. Leave a cell empty where the paper gives no figure.",
        [Meeting, OpenRecommendations, OpenAreasForImprovement, OpenCausesOfConcern, SignedOffSincePrevious, CausesOfConcernSignedOffSincePrevious],
        (row, source) => new Snapshot(row.Get(Meeting)!, row.Get(OpenRecommendations), row.Get(OpenAreasForImprovement), row.Get(OpenCausesOfConcern),
            row.Get(SignedOffSincePrevious), row.Get(CausesOfConcernSignedOffSincePrevious), source));
}
