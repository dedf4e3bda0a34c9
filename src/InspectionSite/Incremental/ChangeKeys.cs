namespace InspectionSite.Incremental;

/// <summary>
/// The names shared by <see cref="ContentChanges"/> (what changed) and <see cref="PageDependencies"/> (what a page shows).
/// A row key ("item:9159") changes with the CSV row or front matter; a body key with the Markdown text;
/// a collection key ("items") with any row of its kind, for pages that list or count them.
/// </summary>
public static class ChangeKeys
{
    /// <summary>Site settings, the free pages' titles in every footer, the theme: every page shows them.</summary>
    public const string Site = "site";

    /// <summary>Changes at every build: the key of pages whose dependencies are not listed, so that they are always rendered again.</summary>
    public const string Always = "always";
    public const string Inspections = "inspections";
    public const string Reports = "reports";
    public const string Items = "items";
    /// <summary>An item added or removed, or changed in what lists of items show: everything but its text and addressee.</summary>
    public const string ItemsListed = "items-listed";
    public const string Progress = "progress";
    /// <summary>A progress row added or removed, or its status or RAG rating changed: everything lists and charts show, not its note.</summary>
    public const string ProgressListed = "progress-listed";
    /// <summary>
    /// The options the filters of the list of every item offer (<see cref="Theme.Components.ItemFilterOptions"/>): every page
    /// of the list offers them, while it shows only its own rows' states.
    /// </summary>
    public const string ItemFilters = "item-filters";
    /// <summary>The values the search form's Status and Overdue filters offer (<see cref="Theme.Search.SearchFacets.OfProgress"/>).</summary>
    public const string SearchFilters = "search-filters";
    /// <summary>A progress row added or removed: which items a meeting reports.</summary>
    public const string ProgressRows = "progress-rows";
    public const string Meetings = "meetings";
    /// <summary>A meeting with a published PDF (a paper or an appendix) changed, or its PDFs did: the accessibility statement lists the untagged.</summary>
    public const string Papers = "papers";
    public const string Corrections = "corrections";
    public const string Totals = "totals";
    /// <summary>Any claim: the pages of the rows claims speak of, and the meetings whose titles they give.</summary>
    public const string Claims = "claims";

    public static string Inspection(string id) => "inspection:" + id;
    public static string InspectionBody(string id) => "inspection-body:" + id;
    public static string Report(string id) => "report:" + id;
    public static string ReportBody(string id) => "report-body:" + id;
    /// <summary>The set of items a report raised, or any of their rows.</summary>
    public static string ItemsOfReport(string reportId) => "report-items:" + reportId;
    public static string Item(string id) => "item:" + id;
    /// <summary>Any progress row of one item.</summary>
    public static string ProgressOf(string itemId) => "progress:" + itemId;
    /// <summary>Any progress row citing one meeting.</summary>
    public static string ProgressAt(string meetingId) => "progress-at:" + meetingId;
    public static string Meeting(string id) => "meeting:" + id;
    public static string MeetingBody(string id) => "meeting-body:" + id;
    public static string Page(string id) => "page:" + id;
}
