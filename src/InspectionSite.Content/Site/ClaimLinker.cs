using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Content.Site;

/// <summary>
/// Checks each claim against the row it speaks of: the table, row and column exist, and the value is one that
/// column would read. A claim that differs from its row while the office has not said which stands is a warning
/// naming both rows, and the pages show both.
/// </summary>
public sealed class ClaimLinker(DiagnosticBag diagnostics, SourceMap map)
{
    public IReadOnlyList<LinkedClaim> Link(ContentSet content, IReadOnlyDictionary<string, Meeting> meetings)
    {
        if (content.Claims.Count == 0) return [];
        var tables = new IClaimTable[]
        {
            new ClaimTable<Inspection>("inspections", InspectionsTable.Schema, content.Inspections, i => i.Id, i => i.Source),
            new ClaimTable<Report>("reports", ReportsTable.Schema, content.Reports, r => r.Id, r => r.Source),
            new ClaimTable<Recommendation>("recommendations", RecommendationsTable.Schema, content.Recommendations, r => r.Id, r => r.Source),
        }.ToDictionary(t => t.Name, StringComparer.Ordinal);

        var linked = new List<LinkedClaim>();
        foreach (var claim in content.Claims)
        {
            if (!meetings.ContainsKey(claim.MeetingId))
                diagnostics.Add(map.Locate(claim.Source, "source"), $"'{claim.MeetingId}' in 'source' is not in meetings/.", "Use the ID of the meeting whose paper says it, e.g. 2022-09-29.");
            if (!tables.TryGetValue(claim.Table, out var table))
            {
                diagnostics.Add(map.Locate(claim.Source, "table"), $"'{claim.Table}' is not a table a claim can speak of.", $"Use one of: {string.Join(", ", tables.Keys)}.");
                continue;
            }
            if (!table.Has(claim.RowId))
            {
                diagnostics.Add(map.Locate(claim.Source, "id"), $"'{claim.RowId}' is not an ID in {claim.Table}.csv.", $"Use the ID of the row the paper speaks of, as {claim.Table}.csv writes it.");
                continue;
            }
            if (table.Check(claim, map.Locate(claim.Source, "value"), diagnostics) is not { } found)
            {
                if (!table.HasColumn(claim.Column))
                    diagnostics.Add(map.Locate(claim.Source, "column"), $"'{claim.Column}' is not a column a claim can speak of in {claim.Table}.csv.",
                        $"Use one of: {string.Join(", ", table.Columns)}.");
                continue;
            }
            if (claim.Stands is not null && claim.Reason is null)
                diagnostics.Add(map.Locate(claim.Source, "reason"), "The claim says which value stands but not why.", "Write the reason in 'reason', so that readers see why one paper's value stands.");
            linked.Add(found);
            if (found.IsOpen)
                diagnostics.AddWarning(claim.Source,
                    $"The papers disagree on '{claim.Column}' of {claim.Table} '{claim.RowId}': {found.Row.File}:{found.Row.Line} gives '{found.RowValue}', {claim.Source.File}:{claim.Source.Line} (the paper of {claim.MeetingId}) gives '{found.Value}'. The pages show both.",
                    "Record which one stands: write yes in 'stands' if the paper's value does, no if the row's does, and say why in 'reason'.");
        }
        return linked;
    }

    private interface IClaimTable
    {
        string Name { get; }

        IEnumerable<string> Columns { get; }

        bool Has(string id);

        bool HasColumn(string column);

        /// <summary>The claim beside its row, or null (with the value's problem reported) when it cannot be.</summary>
        LinkedClaim? Check(Claim claim, SourceLocation value, DiagnosticBag diagnostics);
    }

    private sealed class ClaimTable<TModel>(string name, TableSchema<TModel> schema, IReadOnlyList<TModel> rows, Func<TModel, string> idOf, Func<TModel, SourceLocation> sourceOf)
        : IClaimTable where TModel : class
    {
        private readonly Dictionary<string, TModel> _rows = rows.GroupBy(idOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // A claim about an ID would be about which row it is, not a fact of one.
        private readonly Dictionary<string, Column<TModel>> _columns = schema.Columns.Where(c => c.Name != "id").ToDictionary(c => c.Name, StringComparer.Ordinal);

        public string Name => name;

        public IEnumerable<string> Columns => _columns.Keys;

        public bool Has(string id) => _rows.ContainsKey(id);

        public bool HasColumn(string column) => _columns.ContainsKey(column);

        public LinkedClaim? Check(Claim claim, SourceLocation value, DiagnosticBag diagnostics)
        {
            if (!_columns.TryGetValue(claim.Column, out var column)) return null;
            var context = new CsvReadContext(value.File, diagnostics);
            context.StartRecord(value.Line);
            context.UseHeader(new Dictionary<string, int> { [column.Name] = value.Column });
            var written = column.Rewrite(claim.Value, context);
            if (context.RecordHasErrors) return null;
            var row = _rows[claim.RowId];
            var rowWritten = column.Text(row);
            return new LinkedClaim(claim, column.Description, Shown(column, written), Shown(column, rowWritten), sourceOf(row), !string.Equals(written, rowWritten, StringComparison.Ordinal));
        }

        /// <summary>A value as the site words it: a yes/no as Yes or No, a coded value by its label.</summary>
        private static string Shown(Column column, string? written) => written switch
        {
            null or "" => Labels.NotKnown,
            _ when column.Converter is YesNoConverter => written == "yes" ? "Yes" : "No",
            _ => column.Converter.Allowed.FirstOrDefault(a => a.Name == written).Label ?? written,
        };
    }
}
