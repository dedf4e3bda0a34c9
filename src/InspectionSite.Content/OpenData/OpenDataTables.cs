using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Content.OpenData;

/// <summary>
/// The tables the site publishes as open data, and the one definition of their columns: the CSV and
/// JSON files, datapackage.json and the open-data page are all written from it. Coded values use the
/// words of the input files ("signed-off-by-hmicfrs"), so that the data can be read back in.
/// </summary>
public static class OpenDataTables
{
    public const string Inspections = "inspections";
    public const string Reports = "reports";
    public const string Recommendations = "recommendations";
    public const string Progress = "progress";
    public const string Meetings = "meetings";

    /// <param name="last">The last build's tables (the preview keeps them): a table made again keeps each of its row objects whose values are the same.</param>
    /// <param name="unchanged">Whether nothing a table of this name is made from has changed since <paramref name="last"/>, so that it is kept whole.</param>
    public static IReadOnlyList<DataTable> Of(SiteModel site, IReadOnlyList<DataTable>? last = null, Func<string, bool>? unchanged = null)
    {
        DataTable Table((string Name, Func<DataTable?, DataTable> Make) table)
        {
            var previous = last?.FirstOrDefault(t => t.Name == table.Name);
            return previous is not null && unchanged?.Invoke(table.Name) == true ? previous : table.Make(previous);
        }
        var routes = site.Routes;
        string PageOf(string path) => routes.Absolute(path) ?? routes.Url(path);
        const string page = "The address of its page on this site.";
        const string list = "A list, separated by semicolons.";

        (string Name, Func<DataTable?, DataTable> Make)[] tables =
        [
            (Inspections, previous => new TableDefinition<Inspection>(Inspections, "Inspections", "Every HMICFRS inspection and other engagement the committee papers mention.")
                .Column("id", DataType.String, "The inspection's ID on this site.", i => i.Id, required: true)
                .Column("title", DataType.String, "Its name as the papers give it.", i => i.Title, required: true)
                .Column("kind", DataType.String, "What kind of inspection it is.", i => Choice.Name(i.Kind), required: true, allowed: Choice.Names<InspectionKind>())
                .Column("in_force", DataType.Boolean, "Whether fieldwork or engagement took place in this force.", i => i.InForce)
                .Column("fieldwork_start", DataType.Date, "The week fieldwork started.", i => i.FieldworkStart)
                .Column("fieldwork_note", DataType.String, "The timing as the paper words it.", i => i.FieldworkNote)
                .Column("other_forces", DataType.List, "The other forces involved. " + list, i => i.OtherForces)
                .Column("lead_agencies", DataType.List, "The agencies leading the inspection. " + list, i => i.LeadAgencies)
                .Column("topics", DataType.List, "Its topics. " + list, i => i.Topics)
                .Column("page", DataType.String, page, i => PageOf(Routes.Inspection(i.Id)), required: true)
                .Of(site.Inspections, previous, "id")),

            (Reports, previous => new TableDefinition<Report>(Reports, "Reports", "The HMICFRS reports presented to the committee.")
                .Column("id", DataType.String, "The report's ID on this site.", r => r.Id, required: true)
                .Column("title", DataType.String, "The report's title.", r => r.Title, required: true)
                .Column("kind", DataType.String, "What kind of report it is.", r => Choice.Name(r.Kind), required: true, allowed: Choice.Names<InspectionKind>())
                .Column("published", DataType.Date, "The date HMICFRS published it.", r => r.Published, required: true)
                .Column("inspection", DataType.String, "The ID of the inspection it reports, in inspections.csv.", r => r.InspectionId, references: Inspections)
                .Column("fieldwork_in_force", DataType.Boolean, "Whether its fieldwork included this force.", r => r.FieldworkInForce)
                .Column("judgement", DataType.String, "The graded judgement, where HMICFRS gave one.", r => r.Judgement)
                .Column("url", DataType.String, "The report's address on the HMICFRS website.", r => r.Url)
                .Column("topics", DataType.List, "Its topics. " + list, r => r.Topics)
                .Column("page", DataType.String, page, r => PageOf(Routes.Report(r.Id)), required: true)
                .Of(site.Reports, previous, "id")),

            (Recommendations, previous => new TableDefinition<Recommendation>(Recommendations, "Recommendations",
                $"Every recommendation, area for improvement and cause of concern the papers name, with where it stood as of {UkDate.Display(site.AsOf)}.")
                .Column("id", DataType.String, "The item's ID on this site.", r => r.Id, required: true)
                .Column("kind", DataType.String, "Recommendation, area for improvement or cause of concern.", r => Choice.Name(r.Kind), required: true, allowed: Choice.Names<ItemKind>())
                .Column("report", DataType.String, "The ID of the report that raised it, in reports.csv.", r => r.ReportId, references: Reports)
                .Column("reference", DataType.String, "The HMICFRS reference number.", r => r.Reference)
                .Column("number", DataType.String, "Its number within the report.", r => r.Number)
                .Column("area", DataType.String, "The area it concerns, as the paper heads it.", r => r.Area)
                .Column("text", DataType.String, "The item's words.", r => r.Text, required: true)
                .Column("addressee", DataType.String, "To whom it is addressed.", r => r.Addressee)
                .Column("timescale", DataType.String, "When HMICFRS expects it done, as the report words it.", r => r.Timescale?.Text)
                .Column("due", DataType.Date, "The due date worked out from the timescale and the report's publication date.", r => site.StateOf(r).DueDate)
                .Column("owner", DataType.String, "The owner or portfolio in the force.", r => r.Owner)
                .Column("topics", DataType.List, "Its topics. " + list, r => r.Topics)
                .Column("status", DataType.String, "Its status in the latest paper that reported it.", r => StatusName(site.StateOf(r).Status), allowed: Choice.Names<ItemStatus>())
                .Column("rag", DataType.String, "Its red, amber or green rating in the latest paper that reported it.", r => RagName(site.StateOf(r).Rag), allowed: Choice.Names<Rag>())
                .Column("overdue", DataType.Boolean, $"Whether it was open past its due date on {UkDate.Display(site.AsOf)}.", r => site.StateOf(r).IsOverdue, required: true)
                .Column("page", DataType.String, page, r => PageOf(Routes.Recommendation(r.Id)), required: true)
                .Of(site.Recommendations, previous, "id", new ItemRowMemory(site))),

            (Progress, previous => new TableDefinition<StatusEntry>(Progress, "Progress", "Each status a committee paper reported for an item, oldest first.")
                .Column("recommendation", DataType.String, "The item's ID, in recommendations.csv.", e => e.Progress.RecommendationId, required: true, references: Recommendations)
                .Column("meeting", DataType.String, "The ID of the meeting whose paper reported it, in meetings.csv.", e => e.Meeting.Id, required: true, references: Meetings)
                .Column("meeting_date", DataType.Date, "The date of that meeting.", e => e.Meeting.Date, required: true)
                .Column("status", DataType.String, "The status the paper reported.", e => Choice.Name(e.Progress.Status), required: true, allowed: Choice.Names<ItemStatus>())
                .Column("rag", DataType.String, "The red, amber or green rating the paper gave.", e => RagName(e.Progress.Rag), allowed: Choice.Names<Rag>())
                .Column("note", DataType.String, "What the paper says of its progress.", e => e.Progress.Note)
                .Of(site.Recommendations.SelectMany(r => site.StateOf(r).History), previous, "recommendation", "meeting", ProgressRowMemory.Instance)),

            (Meetings, previous => new TableDefinition<Meeting>(Meetings, "Meetings", "The committee meetings that received an HMICFRS update, oldest first.")
                .Column("id", DataType.String, "The meeting's ID on this site.", m => m.Id, required: true)
                .Column("title", DataType.String, "The meeting's title.", m => m.Title, required: true)
                .Column("committee", DataType.String, "The committee that met.", m => m.Committee, required: true)
                .Column("date", DataType.Date, "The date of the meeting.", m => m.Date, required: true)
                .Column("agenda_item", DataType.String, "The paper's agenda item.", m => m.AgendaItem)
                .Column("paper", DataType.String, "The paper's title.", m => m.Paper)
                .Column("contact_officer", DataType.String, "The paper's contact officer.", m => m.ContactOfficer)
                .Column("contact_title", DataType.String, "The contact officer's role.", m => m.ContactTitle)
                .Column("summary", DataType.String, "What the paper reports, in brief.", m => m.Summary, required: true)
                .Column("inspections", DataType.List, "The IDs of the inspections the paper mentions. " + list, m => m.InspectionIds.Distinct().ToList())
                .Column("reports", DataType.List, "The IDs of the reports the paper presents. " + list, m => m.ReportIds.Distinct().ToList())
                .Column("page", DataType.String, page, m => PageOf(Routes.Meeting(m.Id)), required: true)
                .Of(site.Meetings, previous, "id"))
        ];
        var made = new DataTable[tables.Length];
        Parallel.For(0, tables.Length, i => made[i] = Table(tables[i])); // the two large tables on both cores
        return made;
    }

    private static string? StatusName(ItemStatus? status) => status is { } s ? Choice.Name(s) : null;

    private static string? RagName(Rag? rag) => rag is { } r ? Choice.Name(r) : null;

    /// <summary>Collects a table's columns with the function that reads each from an item.</summary>
    private sealed class TableDefinition<T>(string name, string title, string description) where T : class
    {
        private readonly List<(DataColumn Column, Func<T, object?> Value)> _columns = [];

        public TableDefinition<T> Column(string column, DataType type, string about, Func<T, object?> value,
            bool required = false, IReadOnlyList<string>? allowed = null, string? references = null)
        {
            _columns.Add((new DataColumn(column, type, about, required, allowed, references), value));
            return this;
        }

        public DataTable Of(IEnumerable<T> items, DataTable? previous, string key, IRowMemory<T>? memory = null) => Of(items, previous, [key], memory);

        public DataTable Of(IEnumerable<T> items, DataTable? previous, string key, string secondKey, IRowMemory<T>? memory = null) =>
            Of(items, previous, [key, secondKey], memory);

        private DataTable Of(IEnumerable<T> items, DataTable? previous, string[] primaryKey, IRowMemory<T>? memory)
        {
            var rows = new List<IReadOnlyList<object?>>();
            var kept = previous is null ? null : new KeptRows(previous.Rows, primaryKey.Select(k => _columns.FindIndex(c => c.Column.Name == k)).ToArray());
            foreach (var item in items)
            {
                if (memory?.Find(item) is { } known)
                {
                    rows.Add(known);
                    continue;
                }
                var values = new object?[_columns.Count];
                for (var i = 0; i < values.Length; i++) values[i] = _columns[i].Value(item);
                var row = kept?.Same(rows.Count, values) ?? values;
                memory?.Keep(item, row);
                rows.Add(row);
            }
            return new DataTable(name, title, description, _columns.Select(c => c.Column).ToList(), primaryKey, rows);
        }
    }

    /// <summary>
    /// The last build's rows of a table, so that a row whose values are unchanged stays the same object and its
    /// published text is not made again (OpenDataFiles keeps it per row object). A row is looked for at the same
    /// place first, which is where it is after an edit in place, and then by its primary key.
    /// </summary>
    private sealed class KeptRows(IReadOnlyList<IReadOnlyList<object?>> rows, int[] keyColumns)
    {
        private Dictionary<string, IReadOnlyList<object?>>? _byKey;

        public IReadOnlyList<object?>? Same(int index, object?[] values)
        {
            var row = index < rows.Count && SameKey(rows[index], values) ? rows[index] : ByKey().GetValueOrDefault(Key(values));
            return row is not null && SameValues(row, values) ? row : null;
        }

        private Dictionary<string, IReadOnlyList<object?>> ByKey()
        {
            if (_byKey is not null) return _byKey;
            _byKey = new Dictionary<string, IReadOnlyList<object?>>(rows.Count, StringComparer.Ordinal);
            foreach (var row in rows) _byKey.TryAdd(Key(row), row);
            return _byKey;
        }

        private string Key(IReadOnlyList<object?> row) => string.Join('\u001f', keyColumns.Select(c => row[c]));

        private bool SameKey(IReadOnlyList<object?> row, object?[] values) => keyColumns.All(c => Equals(row[c], values[c]));

        private static bool SameValues(IReadOnlyList<object?> row, object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var same = (row[i], values[i]) switch
                {
                    (IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b),
                    var (a, b) => Equals(a, b),
                };
                if (!same) return false;
            }
            return true;
        }
    }
}
