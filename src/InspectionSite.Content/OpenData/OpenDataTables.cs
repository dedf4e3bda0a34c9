using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Reading.Tables;
using InspectionSite.Content.Site;

namespace InspectionSite.Content.OpenData;

/// <summary>
/// The tables the site publishes as open data: the input's columns as their schemas declare them, and beside them
/// the columns worked out from the model (due dates, statuses, pages). The CSV and JSON files, datapackage.json and
/// the open-data page are all written from these. Coded values use the words of the input files
/// ("signed-off-by-hmicfrs"), so that the data can be read back in.
/// </summary>
public static class OpenDataTables
{
    public const string Inspections = "inspections";
    public const string InspectionEvents = "inspection_events";
    public const string Reports = "reports";
    public const string Recommendations = "recommendations";
    public const string Progress = "progress";
    public const string Meetings = "meetings";
    public const string Totals = "totals";
    public const string Claims = "claims";

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
        var (itemsThroughTimescale, itemsAfterTimescale) = RecommendationsTable.Schema.SplitAfter("timescale_scope");
        var recent = Labels.NotReportedRecently(site.Info.StaleAfterMeetings).ToLowerInvariant();
        var (progressThroughMeeting, progressAfterMeeting) = ProgressTable.Schema.SplitAfter("meeting");
        var (totalsThroughMeeting, totalsAfterMeeting) = TotalsTable.Schema.SplitAfter("meeting");
        var meetingDates = site.Meetings.ToDictionary(m => m.Id, m => m.Date);

        (string Name, Func<DataTable?, DataTable> Make)[] tables =
        [
            (Inspections, previous => new TableDefinition<Inspection>(Inspections, "Inspections", "Every HMICFRS inspection and other engagement the committee papers mention.")
                .Inputs(InspectionsTable.Schema.Columns)
                .Column("page", DataType.String, page, i => PageOf(Routes.Inspection(i.Id)), required: true)
                .Of(site.Inspections, previous, "id")),

            (InspectionEvents, previous => new TableDefinition<InspectionEvent>(InspectionEvents, "Inspection events",
                "What the committee papers say happened, or was expected, in each inspection's life, with the paper that says it; in date order, an event without a date at the date of its paper.")
                .Inputs(InspectionEventsTable.Schema.Columns)
                .Column("date_start", DataType.Date, "The first day of the period the date gives, for sorting and charting; empty when the paper gives no date.", e => e.Date?.Start)
                .Of(site.Inspections.SelectMany(site.EventsOf), previous, ["inspection", "kind", "source"])),

            (Reports, previous => new TableDefinition<Report>(Reports, "Reports", "The HMICFRS reports presented to the committee.")
                .Inputs(ReportsTable.Schema.Columns)
                .Column("page", DataType.String, page, r => PageOf(Routes.Report(r.Id)), required: true)
                .Of(site.Reports, previous, "id")),

            (Recommendations, previous => new TableDefinition<Recommendation>(Recommendations, "Recommendations",
                $"Every recommendation, area for improvement and cause of concern the papers name, with where it stood as of {UkDate.Display(site.AsOf)}.")
                .Inputs(itemsThroughTimescale)
                .Column("due", DataType.String, "The due date, written as the paper gives it: a day (2022-12-30), or a month (2023-03) or year meaning by its end. Empty when it is not known (see due_rule).",
                    r => site.StateOf(r).DueDate?.Written)
                .Column("due_certainty", DataType.String, "How the due date is known: stated in the paper, worked out by the rule in due_rule, or not known.",
                    r => Converters.Certainty.Write(site.StateOf(r).Due.Certainty), required: true, allowed: ValueSets.Certainties.Names)
                .Column("due_rule", DataType.String, "For a worked-out due date, the rule it was worked out by; for one not known, why. Empty for a date the paper states.",
                    r => site.StateOf(r).Due.Reason)
                .Inputs(itemsAfterTimescale)
                .Column("status", DataType.String, "Its status in the latest paper that reported it.", r => Converters.Status.Write(site.StateOf(r).Status), allowed: ValueSets.Statuses.Names)
                .Column("status_certainty", DataType.String,
                    "Whether that paper stated the status (stated) or the office inferred it from what the paper says (inferred, with the reason in the progress table); not-known when no paper has reported one.",
                    r => ValueSets.Certainties.NameOf(StatusCertainty.Of(site.StateOf(r))), required: true,
                    allowed: [.. new[] { Certainty.Stated, Certainty.Inferred, Certainty.NotKnown }.Select(ValueSets.Certainties.NameOf)])
                .Column("rag", DataType.String, "Its red, amber or green rating in the latest paper that reported it.", r => Converters.Rag.Write(site.StateOf(r).Rag), allowed: ValueSets.Rags.Names)
                .Column("last_reported", DataType.Date, "The date of the meeting whose paper last reported its status. Empty when no paper has.", r => site.StateOf(r).Latest?.Meeting.Date)
                .Column("not_reported_since", DataType.Date,
                    $"For an item last reported open and {recent}, the date of the meeting that last reported it: its status is not known now, and it is not counted as open. Empty otherwise.",
                    r => site.StateOf(r).NotReportedSince)
                .Column("overdue", DataType.String,
                    $"Whether it was overdue on {UkDate.Display(site.AsOf)}: yes when its due date was stated or worked out and had passed and it was last reported open at a recent meeting; "
                    + "no when it was signed off or not yet due; not-known when its due date, or its status now, is not known.",
                    r => Converters.Overdue.Write(site.StateOf(r).Overdue), required: true, allowed: ValueSets.OverdueAnswers.Names)
                .Column("page", DataType.String, page, r => PageOf(Routes.Recommendation(r.Id)), required: true)
                .Of(site.Recommendations, previous, "id", new ItemRowMemory(site))),

            (Progress, previous => new TableDefinition<StatusEntry>(Progress, "Progress", "Each status a committee paper reported for an item, oldest first.")
                .Inputs(progressThroughMeeting, e => e.Progress)
                .Column("meeting_date", DataType.Date, "The date of that meeting.", e => e.Meeting.Date, required: true)
                .Inputs(progressAfterMeeting, e => e.Progress)
                .Of(site.Recommendations.SelectMany(r => site.StateOf(r).History), previous, "recommendation", "meeting", ProgressRowMemory.Instance)),

            (Meetings, previous => new TableDefinition<Meeting>(Meetings, "Meetings", "The committee meetings that received an HMICFRS update, oldest first.")
                .Column("id", DataType.String, "The meeting's ID on this site.", m => m.Id, required: true)
                .Inputs(MeetingDocument.Schema.Columns)
                .Column("page", DataType.String, page, m => PageOf(Routes.Meeting(m.Id)), required: true)
                .Of(site.Meetings, previous, "id")),

            (Totals, previous => new TableDefinition<Total>(Totals, "Totals",
                "Each total a committee paper gives, one figure a row, in the unit the paper counts in and with its words. Figures in different units count different things.")
                .Inputs(totalsThroughMeeting)
                .Column("meeting_date", DataType.Date, "The date of that meeting.", t => meetingDates[t.MeetingId], required: true)
                .Inputs(totalsAfterMeeting)
                .Of(site.Totals, previous, ["meeting", "measure", "counted_as"])),

            (Claims, previous => new TableDefinition<Claim>(Claims, "Claims",
                "What a paper says of one fact of a row where it differs from the row's own value or adds to it, and which value stands where the office has decided.")
                .Inputs(ClaimsTable.Schema.Columns)
                .Of(site.Claims.Select(c => c.Claim), previous, ["table", "id", "column", "source"]))
        ];
        var made = new DataTable[tables.Length];
        Parallel.For(0, tables.Length, i => made[i] = Table(tables[i])); // the two large tables on both cores
        return made;
    }

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

        /// <summary>Input columns, published as their schema declares them.</summary>
        public TableDefinition<T> Inputs(IEnumerable<Column<T>> columns) => Inputs(columns, item => item);

        /// <summary>Input columns of the model each item is made from.</summary>
        public TableDefinition<T> Inputs<TSource>(IEnumerable<Column<TSource>> columns, Func<T, TSource> source)
        {
            foreach (var input in columns)
            {
                var allowed = input.Converter.Allowed;
                Column(input.Name, input.Converter.DataType, Described(input), item => input.Data(source(item)), input.Required,
                    allowed.Count > 0 ? allowed.Select(a => a.Name).ToList() : null, input.References);
            }
            return this;
        }

        /// <summary>The column's description, with the file its IDs are found in and how a list is written.</summary>
        private static string Described<TSource>(Column<TSource> input)
        {
            var about = input.References is { } table ? $"{input.Description.TrimEnd('.')}, in {table}.csv." : input.Description;
            return input.Converter.DataType == DataType.List ? about + " A list, separated by semicolons." : about;
        }

        public DataTable Of(IEnumerable<T> items, DataTable? previous, string key, IRowMemory<T>? memory = null) => Of(items, previous, [key], memory);

        public DataTable Of(IEnumerable<T> items, DataTable? previous, string key, string secondKey, IRowMemory<T>? memory = null) =>
            Of(items, previous, [key, secondKey], memory);

        public DataTable Of(IEnumerable<T> items, DataTable? previous, string[] primaryKey, IRowMemory<T>? memory = null)
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
