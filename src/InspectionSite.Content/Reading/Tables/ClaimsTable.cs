using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>claims.csv: what a paper says of one fact of a row, where papers differ or a paper adds its own words.</summary>
public static class ClaimsTable
{
    private static readonly Column<Claim, string?> Table = new("table", Id, c => c.Table, "The table of the row the paper speaks of: inspections, reports or recommendations.", "inspections") { Required = true };
    private static readonly Column<Claim, string?> RowId = new("id", Id, c => c.RowId, "The ID of that row.", "cwj-ppda-super-complaint") { Required = true };
    private static readonly Column<Claim, string?> ColumnName = new("column", Text, c => c.Column, "The column of that row the paper speaks of, as its header writes it.", "in_force") { Required = true };
    private static readonly Column<Claim, string?> Value = new("value", Text, c => c.Value, "What the paper says, written as that column would write it.", "no") { Required = true,
        Guidance = "It is checked as that column checks its cells: a yes/no column takes yes or no, a date column a date." };
    private static readonly Column<Claim, string?> Source = new("source", Id, c => c.MeetingId, "The ID of the meeting whose paper says it.", "2022-09-29") { Required = true, References = "meetings" };
    private static readonly Column<Claim, string?> SourceSection = new("source_section", Text, c => c.SourceSection, "The heading of the part of the paper that says it, as the meeting's Markdown writes it.", "3. Published inspection reports");
    private static readonly Column<Claim, string?> Quote = new("quote", Text, c => c.Quote, "The paper's own words.", "Fieldwork inspection did not occur in WMP, however we supported with data returns.");
    private static readonly Column<Claim, bool?> Stands = new("stands", YesNo, c => c.Stands, "Whether this value stands over the row's own: yes, or no if the row's value stands; empty until the office has decided.", "") {
        Guidance = "While a claim differs from the row and this is empty, the build warns and the pages show both values, each with its source." };
    private static readonly Column<Claim, string?> Reason = new("reason", Text, c => c.Reason, "Why the office decided which value stands.", "") { Guidance = "Required when stands is filled in." };

    public static readonly TableSchema<Claim> Schema = new("claims.csv",
        "One row for each thing a paper says of one fact of a row (a column of inspections.csv, reports.csv or recommendations.csv) that differs from the row's own value or adds to it, with its source. Optional: the build runs without it.",
        [Table, RowId, ColumnName, Value, Source, SourceSection, Quote, Stands, Reason],
        (row, source) => new Claim(row.Get(Table)!, row.Get(RowId)!, row.Get(ColumnName)!, row.Get(Value)!, row.Get(Source)!, row.Get(SourceSection),
            row.Get(Quote), row.Get(Stands), row.Get(Reason), source)) { Optional = true };
}
