using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>totals.csv: the totals a meeting's paper gives, one figure a row, each in its unit and with the paper's words.</summary>
public static class TotalsTable
{
    private static readonly Column<Total, string?> Meeting = new("meeting", Id, t => t.MeetingId, "The ID of the meeting whose paper gives the figure.", "2022-09-29") { Required = true, References = "meetings" };
    private static readonly Column<Total, Measure?> Measure = new("measure", Converters.Measure, t => t.Measure, "What the figure counts.", "causes-of-concern-open") { Required = true,
        Guidance = "Signed-off measures count what the paper says was signed off since the previous meeting: 'over 60 recommendations' is recommendations-signed-off." };
    private static readonly Column<Total, Count?> Figure = new("figure", Converters.Count, t => t.Figure, "The figure as the paper gives it.", "2") { Required = true };
    private static readonly Column<Total, CountedAs?> CountedAs = new("counted_as", Converters.CountedAs, t => t.CountedAs, "What one unit of the figure is; empty when the paper does not say.", "headings") {
        Guidance = "Causes of concern are counted by heading or by reference number: write headings where the paper's figure counts the headings it lists (one heading may hold several reference numbers), reference-numbers where it counts each reference number. Figures in different units are never compared." };
    private static readonly Column<Total, string?> SourceSection = new("source_section", Text, t => t.SourceSection, "The heading of the part of the paper that gives the figure, as the meeting's Markdown writes it.", "2. West Midlands Police PEEL inspection & national recommendations");
    private static readonly Column<Total, string?> Quote = new("quote", Text, t => t.Quote, "The paper's own words that give the figure.", "The remaining two continue to be worked upon by portfolio leads.") {
        Guidance = "Copy the words exactly, so that a reader can find them in the paper." };

    public static readonly TableSchema<Total> Schema = new("totals.csv",
        "The totals a meeting's paper gives, one figure a row: what it counts, in what unit, and where the paper says it. The home page and the meeting pages show them, and the charts draw them. A meeting may give the same measure in two units, one row each.",
        [Meeting, Measure, Figure, CountedAs, SourceSection, Quote],
        (row, source) => new Total(row.Get(Meeting)!, row.Get(Measure)!.Value, row.Get(Figure)!.Value, row.Get(CountedAs) ?? Model.CountedAs.NotSaid,
            row.Get(SourceSection), row.Get(Quote), source));
}
