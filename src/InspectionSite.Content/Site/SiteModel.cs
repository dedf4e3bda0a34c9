using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;

namespace InspectionSite.Content.Site;

/// <summary>
/// The linked, validated site: every reference resolved, every derived fact (status, due date,
/// changes between meetings) computed once, Markdown rendered. Immutable; rendering only reads it.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<string, Inspection> _inspections;
    private readonly Dictionary<string, Report> _reports;
    private Dictionary<string, Recommendation> _recommendations;
    private readonly Dictionary<string, Meeting> _meetings;
    private Dictionary<string, ItemState> _states;
    private readonly ILookup<string, Total> _totals;
    private readonly IReadOnlyList<LinkedClaim> _claims;
    private readonly ILookup<string, Report> _reportsByInspection;
    private ILookup<string, Recommendation> _recommendationsByReport;
    private ILookup<string, ProgressEntry> _progressByMeeting;
    private readonly ILookup<string, Meeting> _meetingsByInspection;
    private readonly ILookup<string, Meeting> _meetingsByReport;
    private IReadOnlyDictionary<string, string> _html; // by file, so that a model given new bodies (WithBodies) finds them through its records
    private PaperSections _sections;
    private readonly Dictionary<string, Meeting> _previousMeeting;
    private readonly IReadOnlyList<Report> _reportsByPublication;
    private IReadOnlyList<ProgressEntry> _progress;
    private Dictionary<string, Lazy<MeetingChanges>> _changes; // worked out when first asked: a preview build asks for few
    private readonly Dictionary<string, int> _rank; // each item's place in ID order, so that lists of items sort without parsing IDs again
    private readonly IReadOnlyDictionary<string, Topic> _topics;
    private readonly IReadOnlyDictionary<string, Topic?> _topicsByName;
    private readonly ILookup<string, Inspection> _inspectionsByTopic;
    private readonly ILookup<string, Report> _reportsByTopic;
    private ILookup<string, Recommendation> _recommendationsByTopic;
    private readonly ILookup<string, InspectionEvent> _eventsByInspection;

    public SiteModel(ContentSet content, Routes routes, DateOnly asOf, IReadOnlyDictionary<string, string> html, MarkdownAddresses markdownAddresses,
        PaperSections sections, IReadOnlyList<LinkedClaim> claims)
    {
        MarkdownAddresses = markdownAddresses;
        Info = content.Site;
        Routes = routes;
        AsOf = asOf;
        _html = html;
        _sections = sections;

        Meetings = content.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        Reports = content.Reports.OrderByDescending(r => r.Published).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        Inspections = content.Inspections.OrderBy(i => i.Title, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        Recommendations = content.Recommendations.OrderBy(r => IdComparer.SortKey(r.Id)).ToList();
        Pages = content.Pages.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        Redirects = content.Redirects;
        Corrections = content.Corrections.OrderByDescending(c => c.Date).ToList();

        _inspections = Inspections.ToDictionary(i => i.Id);
        _reports = Reports.ToDictionary(r => r.Id);
        _rank = Recommendations.Select((item, rank) => (item.Id, rank)).ToDictionary(x => x.Id, x => x.rank);
        _meetings = Meetings.ToDictionary(m => m.Id);
        _previousMeeting = Meetings.Skip(1).Zip(Meetings).ToDictionary(pair => pair.First.Id, pair => pair.Second);
        _totals = content.Totals.OrderBy(t => t.Measure).ThenBy(t => t.CountedAs).ToLookup(t => t.MeetingId);
        Totals = Meetings.SelectMany(m => _totals[m.Id]).ToList();
        _claims = claims;

        _reportsByInspection = Reports.Where(r => r.InspectionId is not null).ToLookup(r => r.InspectionId!);
        _meetingsByInspection = Meetings.SelectMany(m => m.InspectionIds.Distinct().Select(id => (id, m))).ToLookup(x => x.id, x => x.m);
        _meetingsByReport = Meetings.SelectMany(m => m.ReportIds.Distinct().Select(id => (id, m))).ToLookup(x => x.id, x => x.m);

        _topicsByName = TopicIndex.ByName(content);
        _topics = TopicIndex.BySlug(_topicsByName);
        Topics = _topics.Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        _inspectionsByTopic = Inspections.SelectMany(i => TopicsOf(i.Topics).Select(t => (t.Slug, i))).ToLookup(x => x.Slug, x => x.i);
        _reportsByTopic = Reports.SelectMany(r => TopicsOf(r.Topics).Select(t => (t.Slug, r))).ToLookup(x => x.Slug, x => x.r);
        (_recommendations, _recommendationsByReport, _recommendationsByTopic) = IndexItems();

        // Events stand in order of the last day each can have happened on: the end of the period the paper gives
        // ("expected 2022" after "week commencing 4 April 2022"), or the date of the paper that gives no date.
        _eventsByInspection = content.InspectionEvents
            .OrderBy(e => e.Date?.End ?? _meetings[e.PaperSource.MeetingId].Date)
            .ThenBy(e => e.Kind)
            .ThenBy(e => _meetings[e.PaperSource.MeetingId].Date)
            .ToLookup(e => e.InspectionId);

        _reportsByPublication = content.Reports.Where(r => r.Published is not null).OrderBy(r => r.Published).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var meetingDates = Meetings.Select(m => m.Date).Distinct().ToList();
        var recent = Info.StaleAfterMeetings;
        ReportedSince = meetingDates.Count >= recent ? meetingDates[^recent] : null;
        _progress = content.Progress;
        (_progressByMeeting, _states, _changes) = LinkProgress(content.Progress, changedItems: null);
    }

    /// <summary>
    /// Everything the model derives from the progress rows: the items' states and what changed at each meeting.
    /// With <paramref name="changedItems"/>, only those items' states are worked out, and the others' kept from this model.
    /// </summary>
    private (ILookup<string, ProgressEntry>, Dictionary<string, ItemState>, Dictionary<string, Lazy<MeetingChanges>>) LinkProgress(
        IReadOnlyList<ProgressEntry> progress, IReadOnlySet<string>? changedItems)
    {
        var historyByItem = progress
            .Where(p => changedItems is null || changedItems.Contains(p.RecommendationId))
            .Select(p => new StatusEntry(_meetings[p.MeetingId], p))
            .OrderBy(e => e.Meeting.Date)
            .ToLookup(e => e.Progress.RecommendationId);
        ItemState StateFrom(Recommendation r) =>
            ItemState.From(historyByItem[r.Id].ToList(), Timescale.DueOf(r.Timescale, r.TimescaleScope, ReportOf(r)), AsOf, ReportedSince) with { IsCountedOnly = !r.IsWorded };
        Dictionary<string, ItemState> states;
        if (changedItems is null) states = Recommendations.ToDictionary(r => r.Id, StateFrom);
        else
        {
            states = new Dictionary<string, ItemState>(_states);
            foreach (var id in changedItems) states[id] = StateFrom(_recommendations[id]);
        }
        return (progress.ToLookup(p => p.MeetingId), states, ChangesWorkedOutLater());
    }

    /// <summary>The items by ID, by the report that raised them, and by topic.</summary>
    private (Dictionary<string, Recommendation>, ILookup<string, Recommendation>, ILookup<string, Recommendation>) IndexItems() =>
        (Recommendations.ToDictionary(r => r.Id),
         Recommendations.Where(r => r.ReportId is not null).ToLookup(r => r.ReportId!),
         Recommendations.SelectMany(r => TopicsOf(r.Topics).Select(t => (t.Slug, r))).ToLookup(x => x.Slug, x => x.r));

    /// <summary>What changed at each meeting, to be worked out from this model when a page first asks.</summary>
    private Dictionary<string, Lazy<MeetingChanges>> ChangesWorkedOutLater() =>
        Meetings.ToDictionary(m => m.Id, m => new Lazy<MeetingChanges>(() => WorkOutChangesAt(m)));

    public SiteInfo Info { get; }

    /// <summary>What the bodies' links were resolved against when the site was linked.</summary>
    public MarkdownAddresses MarkdownAddresses { get; }

    public Routes Routes { get; }

    /// <summary>The date overdue items are judged against: the build date, or --as-of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>
    /// The first of the latest meetings (<see cref="SiteInfo.StaleAfterMeetings"/>) at which an open item must have been
    /// reported to count as open now; null while there have been fewer meetings.
    /// </summary>
    public DateOnly? ReportedSince { get; }

    public IReadOnlyList<Inspection> Inspections { get; }

    /// <summary>Newest first, by the start of the period a partial date gives; those whose publication is not known last.</summary>
    public IReadOnlyList<Report> Reports { get; }

    public IReadOnlyList<Recommendation> Recommendations { get; private set; }

    /// <summary>The rows that each name one item: every row but those counting items a paper does not name one by one.</summary>
    public IEnumerable<Recommendation> NamedItems => Recommendations.Where(r => r.Count is null);

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>In meeting order, then by measure and unit.</summary>
    public IReadOnlyList<Total> Totals { get; }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Old addresses of renamed pages, in the order redirects.csv gives them.</summary>
    public IReadOnlyList<Redirect> Redirects { get; }

    /// <summary>Alphabetical.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The corrections log, newest first (in the order corrections.csv gives those of one day).</summary>
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>The paper a fact comes from, with the heading of the part that says it; null when no paper is recorded.</summary>
    public CitedSource? Cite(PaperSource? paper) =>
        paper is null ? null : new CitedSource(_meetings[paper.MeetingId], paper.Section is { } section ? _sections.Find(paper.MeetingId, section) : null);

    public Meeting? LatestMeeting => Meetings.Count == 0 ? null : Meetings[^1];

    public Inspection? InspectionOf(Report report) => report.InspectionId is { } id ? _inspections[id] : null;

    public Report? ReportOf(Recommendation item) => item.ReportId is { } id ? _reports[id] : null;

    /// <summary>What the papers say happened in an inspection's life, in date order.</summary>
    public IReadOnlyList<InspectionEvent> EventsOf(Inspection inspection) => _eventsByInspection[inspection.Id].ToList();

    /// <summary>
    /// When the inspection's fieldwork (or, for a workshop, the engagement itself) took place, as the latest paper that
    /// speaks of it gives it; null when no paper does.
    /// </summary>
    public InspectionEvent? FieldworkOf(Inspection inspection) =>
        _eventsByInspection[inspection.Id].Where(e => e.Kind is EventKind.Fieldwork or EventKind.Held).MaxBy(e => _meetings[e.PaperSource.MeetingId].Date);

    /// <summary>The meeting whose paper stated a fact.</summary>
    public Meeting MeetingOf(PaperSource source) => _meetings[source.MeetingId];

    public IReadOnlyList<Report> ReportsOf(Inspection inspection) => _reportsByInspection[inspection.Id].ToList();

    public IReadOnlyList<Recommendation> RecommendationsOf(Report report) => _recommendationsByReport[report.Id].ToList();

    public ItemState StateOf(Recommendation item) => _states[item.Id];

    public Meeting MeetingOf(string id) => _meetings[id];

    /// <summary>Every claim, each beside the row it speaks of, in the order claims.csv gives them.</summary>
    public IReadOnlyList<LinkedClaim> Claims => _claims;

    /// <summary>The totals a meeting's paper gives, by measure and unit.</summary>
    public IReadOnlyList<Total> TotalsAt(Meeting meeting) => _totals[meeting.Id].ToList();

    /// <summary>What the papers say of a row's facts beyond the row itself (<paramref name="table"/> is "inspections", "reports" or "recommendations").</summary>
    public IReadOnlyList<LinkedClaim> ClaimsAbout(string table, string id) =>
        _claims.Where(c => c.Claim.Table == table && c.Claim.RowId == id).ToList();

    /// <summary>A row's title as a meeting's paper gave it, where a claim records that it differs from the row's.</summary>
    public string TitleAt(string table, string id, string title, Meeting meeting) =>
        _claims.FirstOrDefault(c => c.Claim.Table == table && c.Claim.RowId == id && c.Claim.Column == "title" && c.Claim.MeetingId == meeting.Id)?.Value ?? title;

    public IReadOnlyList<Inspection> InspectionsMentionedBy(Meeting meeting) => meeting.InspectionIds.Distinct().Select(id => _inspections[id]).ToList();

    public IReadOnlyList<Report> ReportsPresentedAt(Meeting meeting) => meeting.ReportIds.Distinct().Select(id => _reports[id]).ToList();

    public IReadOnlyList<Meeting> MeetingsMentioning(Inspection inspection) => _meetingsByInspection[inspection.Id].ToList();

    public IReadOnlyList<Meeting> MeetingsPresenting(Report report) => _meetingsByReport[report.Id].ToList();

    public Meeting? PreviousMeeting(Meeting meeting) => _previousMeeting.GetValueOrDefault(meeting.Id);

    /// <summary>What changed at a meeting; worked out once, the first time it is asked for.</summary>
    public MeetingChanges ChangesAt(Meeting meeting) => _changes[meeting.Id].Value;

    private MeetingChanges WorkOutChangesAt(Meeting meeting)
    {
        var previous = PreviousMeeting(meeting);
        var items = _progressByMeeting[meeting.Id]
            .Select(p =>
            {
                var item = _recommendations[p.RecommendationId];
                var before = StateOf(item).History.LastOrDefault(e => e.Meeting.Date < meeting.Date)?.Progress.Status;
                return new StatusChange(item, before, p.Status, p);
            })
            .OrderBy(c => _rank[c.Item.Id])
            .ToList();
        // A paper is written before its meeting: it reports what was published from the previous meeting's day to the day before its own.
        var from = previous is null ? 0 : FirstPublishedOnOrAfter(_reportsByPublication, previous.Date);
        var to = FirstPublishedOnOrAfter(_reportsByPublication, meeting.Date);
        var published = _reportsByPublication.Skip(from).Take(Math.Max(0, to - from)).ToList();
        return new MeetingChanges(previous, items, published);
    }

    /// <summary>The index of the first report published on or after <paramref name="date"/>, in a list ordered by publication.</summary>
    private static int FirstPublishedOnOrAfter(IReadOnlyList<Report> reportsByPublication, DateOnly date)
    {
        int low = 0, high = reportsByPublication.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (reportsByPublication[middle].Published!.Value.Start < date) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The topics a "topics" cell names, each once, in the order written.</summary>
    public IReadOnlyList<Topic> TopicsOf(IEnumerable<string> names)
    {
        // A loop, not LINQ's Distinct: this runs for every item of every list, and a cell names a few topics at most.
        var topics = new List<Topic>();
        foreach (var name in names)
            if ((_topicsByName.TryGetValue(name, out var topic) ? topic : Ids.Slug(name) is { } slug ? _topics[slug] : null) is { } found && !topics.Contains(found))
                topics.Add(found);
        return topics;
    }

    public IReadOnlyList<Inspection> InspectionsAbout(Topic topic) => _inspectionsByTopic[topic.Slug].ToList();

    public IReadOnlyList<Report> ReportsAbout(Topic topic) => _reportsByTopic[topic.Slug].ToList();

    public IReadOnlyList<Recommendation> RecommendationsAbout(Topic topic) => _recommendationsByTopic[topic.Slug].ToList();

    /// <summary>The HTML of a Markdown body, rendered when the site was linked.</summary>
    public string Html(MarkdownText text) => _html[text.File];

    /// <summary>The headings of every meeting's paper, which sources are checked against and link to.</summary>
    internal PaperSections Sections => _sections;

    /// <summary>
    /// This model with its Markdown rendered again, for input whose rows are exactly those it was built from:
    /// everything derived from the rows stays, and each body's HTML, found by its file, is the new one.
    /// </summary>
    /// <param name="htmlByFile">The HTML of every body, by the file it was read from.</param>
    /// <param name="sections">The headings of the meetings' papers, which sources link to.</param>
    public SiteModel WithBodies(IReadOnlyDictionary<string, string> htmlByFile, PaperSections sections)
    {
        var model = (SiteModel)MemberwiseClone();
        model._html = htmlByFile;
        model._sections = sections;
        return model;
    }

    /// <summary>
    /// This model with other progress rows, for input whose other rows are exactly those it was built from and
    /// whose progress rows passed their checks (<see cref="SiteLinker.Relink"/>): the items' states and the
    /// meetings' changes are worked out again, and everything else stays.
    /// </summary>
    public SiteModel WithProgress(IReadOnlyList<ProgressEntry> progress)
    {
        var model = (SiteModel)MemberwiseClone();
        model._progress = progress;
        (model._progressByMeeting, model._states, model._changes) = model.LinkProgress(progress, ItemsWithChangedProgress(progress));
        return model;
    }

    /// <summary>
    /// This model with other item rows, for rows that differ from those it was built from only in what no list of
    /// items shows, their words, addressee and source: the items are looked up afresh, and everything derived from them stays.
    /// </summary>
    public SiteModel WithItems(IReadOnlyList<Recommendation> items)
    {
        var model = (SiteModel)MemberwiseClone();
        model.Recommendations = items.OrderBy(r => IdComparer.SortKey(r.Id)).ToList();
        (model._recommendations, model._recommendationsByReport, model._recommendationsByTopic) = model.IndexItems();
        model._changes = model.ChangesWorkedOutLater(); // they name the items
        return model;
    }

    /// <summary>
    /// Whether <paramref name="progress"/> holds the rows this model was linked from in their places, but for some changed
    /// in place, each naming the item and meeting it named (rows the CSV cache kept are the very objects of the last read).
    /// Such rows resolve, and pair up, as they did then.
    /// </summary>
    public bool HasProgressRowsOf(IReadOnlyList<ProgressEntry> progress) => ChangedInPlace(progress) is not null;

    private List<int>? ChangedInPlace(IReadOnlyList<ProgressEntry> progress) =>
        Rows.ChangedInPlace(_progress, progress, p => p.Key);

    /// <summary>
    /// The items whose states <paramref name="progress"/> changes, when it has the last rows in their places but for
    /// some changed in place: every other item keeps its state. Null, to work out every state again, when rows were
    /// added, removed or moved.
    /// </summary>
    private IReadOnlySet<string>? ItemsWithChangedProgress(IReadOnlyList<ProgressEntry> progress) =>
        ChangedInPlace(progress)?.Select(i => progress[i].RecommendationId).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Orders IDs so that 9962 comes before 10618: numbers by value, others alphabetically.</summary>
public sealed class IdComparer : IComparer<string>
{
    public static readonly IdComparer Instance = new();

    public int Compare(string? x, string? y) => SortKey(x ?? "").CompareTo(SortKey(y ?? ""));

    /// <summary>The key to sort by, worked out once per ID rather than at every comparison.</summary>
    public static IdSortKey SortKey(string id) => new(long.TryParse(id, out var number), number, id);
}

/// <summary>Numbers first, by value; then other IDs in ordinal order.</summary>
public readonly record struct IdSortKey(bool IsNumber, long Number, string Id) : IComparable<IdSortKey>
{
    public int CompareTo(IdSortKey other)
    {
        if (IsNumber && other.IsNumber) return Number.CompareTo(other.Number);
        if (IsNumber != other.IsNumber) return IsNumber ? -1 : 1;
        return StringComparer.Ordinal.Compare(Id, other.Id);
    }
}
