using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>recommendations.csv: one row per recommendation, area for improvement or cause of concern.</summary>
public static class RecommendationsTable
{
    private static readonly Column<Recommendation, string?> Id = new("id", Converters.Id, r => r.Id, "The item's ID on this site.", "9159") { Required = true, ListedIn = SiteLists.Items , Guidance = "Use the HMICFRS reference number where there is one (9159), otherwise <report id>-<number>." };
    private static readonly Column<Recommendation, ItemKind?> Kind = new("kind", Converters.ItemKind, r => r.Kind, "Recommendation, area for improvement or cause of concern.", "cause-of-concern") { Required = true, ListedIn = SiteLists.Items };
    private static readonly Column<Recommendation, string?> Report = new("report", Converters.Id, r => r.ReportId, "The ID of the report that raised it.", "wmp-peel-2021") { References = "reports", ListedIn = SiteLists.Items , Guidance = "Leave it empty if the papers do not say." };
    private static readonly Column<Recommendation, string?> Reference = new("reference", Converters.Reference, r => r.Reference, "The HMICFRS reference number.", "9159") { ListedIn = SiteLists.Items };
    private static readonly Column<Recommendation, string?> Number = new("number", Text, r => r.Number, "Its number within the report.", "") { ListedIn = SiteLists.Items , Guidance = "1, 2 and so on." };
    private static readonly Column<Recommendation, string?> Area = new("area", Text, r => r.Area, "The area it concerns, as the paper heads it.", "Hate crime") { ListedIn = SiteLists.Items };
    private static readonly Column<Recommendation, string?> ShortTitle = new("short_title", Text, r => r.ShortTitle, "A few words for the item that lists link it by.", "Recording hate crime")
        { ListedIn = SiteLists.Items, Guidance = "Optional: only a heading the paper itself gives the item. Left empty, lists show the area, or else the item's first words." };
    private static readonly Column<Recommendation, string?> Words = new("text", Text, r => r.IsWorded ? r.Text : null, "The item's words.", "The force should improve how it records hate crime.")
        { Guidance = "Required, unless the row stands for items the paper counts but does not word (see count): never write words the paper does not give." };
    private static readonly Column<Recommendation, string?> Addressee = new("addressee", Text, r => r.Addressee, "To whom it is addressed.", "Chief constables");
    private static readonly Column<Recommendation, Timescale?> Timescale = new("timescale", Converters.Timescale, r => r.Timescale, "When HMICFRS expects it done, as the report words it.", "Within six months") { ListedIn = SiteLists.Items , Guidance = "Leave it empty if none was given. \"By March 2023\" is a due date the paper states; \"Within six months\" gives one worked out from the report's publication date, when that is a whole day; \"Immediately\" gives none." };
    private static readonly Column<Recommendation, TimescaleScope?> Scope = new("timescale_scope", Converters.TimescaleScope, r => r.Timescale is null ? null : r.TimescaleScope, "Whether the timescale covers the whole item or only part of it.", "whole")
    {
        ListedIn = SiteLists.Items,
        Guidance = "Empty means whole. Write part when the paper gives the timescale to one part only (\"Write … within six months\"): then no due date is worked out, since the part's date is not the whole item's.",
    };
    private static readonly Column<Recommendation, string?> Owner = new("owner", Text, r => r.Owner, "The owner or portfolio in the force.", "Crime portfolio") { ListedIn = SiteLists.Items };
    private static readonly Column<Recommendation, IReadOnlyList<string>> Topics = new("topics", List, r => r.Topics, "Its topics.", "Hate crime") { ListedIn = SiteLists.Items };
    private static readonly Column<Recommendation, string?> Source = PaperSourceColumns.Meeting<Recommendation>(r => r.StatedIn, "words the item");
    private static readonly Column<Recommendation, string?> SourceSection = PaperSourceColumns.Section<Recommendation>(r => r.StatedIn);
    private static readonly Column<Recommendation, int?> Count = new("count", ItemCount, r => r.Count, "How many items of its kind the row stands for, where the paper counts them without wording them.", "")
        { ListedIn = SiteLists.Items, Guidance = "Leave it empty for one worded item. For 'nine recommendations, of which three are police-specific', where the paper words only the three, add one row with count 6 and no text." };

    public static readonly TableSchema<Recommendation> Schema = new("recommendations.csv",
        "One row per recommendation, area for improvement or cause of concern that a report raised.",
        [Id, Kind, Report, Reference, Number, Area, ShortTitle, Words, Addressee, Timescale, Scope, Owner, Topics, Count, Source, SourceSection],
        (row, source) => new Recommendation(row.Get(Id)!, row.Get(Kind)!.Value, row.Get(Report), row.Get(Reference), row.Get(Number), row.Get(Area),
            row.Get(Words) ?? "", row.Get(Addressee), row.Get(Timescale), row.Get(Owner), row.Get(Topics), source,
            PaperSourceColumns.Of(row.Get(Source), row.Get(SourceSection)), row.Get(Scope) ?? Model.TimescaleScope.Whole, row.Get(Count), row.Get(ShortTitle)));
}
