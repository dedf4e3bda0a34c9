namespace InspectionSite.Content.Model;

/// <summary>The words the site shows for coded values, in plain English; single values take their label from their value set.</summary>
public static class Labels
{
    public const string NotKnown = "Not known";

    public static string Of(InspectionKind kind) => ValueSets.InspectionKinds.LabelOf(kind);

    public static string Of(ItemKind kind) => ValueSets.ItemKinds.LabelOf(kind);

    public static string Plural(ItemKind kind) => ValueSets.ItemKinds.PluralLabelOf(kind);

    /// <summary>The item's words, or what stands for them where the paper gives none.</summary>
    public static string WordsOf(Recommendation item) =>
        item.IsWorded ? item.Text
        : item.Items == 1 ? $"The paper counts this {Of(item.Kind).ToLowerInvariant()} but does not word it."
        : $"The paper counts these {item.Items} {Plural(item.Kind).ToLowerInvariant()} but does not word them.";

    public static string Of(ItemStatus? status) => status is { } s ? ValueSets.Statuses.LabelOf(s) : NotKnown;

    public static string Of(Rag? rag) => rag is { } r ? ValueSets.Rags.LabelOf(r) : NotKnown;

    public static string Of(EventKind kind) => ValueSets.EventKinds.LabelOf(kind);

    public static string Of(AgendaReason reason) => ValueSets.AgendaReasons.LabelOf(reason);

    public static string Of(DocumentKind kind) => ValueSets.DocumentKinds.LabelOf(kind);

    public static string Of(Certainty certainty) => ValueSets.Certainties.LabelOf(certainty);

    /// <summary>"Signed off by HMICFRS (inferred)": wherever a status is shown, an inferred one says so in words.</summary>
    public static string Of(ItemStatus? status, Certainty certainty) => certainty == Certainty.Inferred ? $"{Of(status)} (inferred)" : Of(status);
    public static string Of(TimescaleScope scope) => ValueSets.TimescaleScopes.LabelOf(scope);

    public static string Of(Overdue overdue) => ValueSets.OverdueAnswers.LabelOf(overdue);

    /// <summary>The status filter's and charts' label for items last reported open before the latest meetings.</summary>
    public static string NotReportedRecently(int meetings) => meetings == 1 ? "Not reported at the last meeting" : $"Not reported at the last {meetings} meetings";

    /// <summary>What an item's status reads as when it has not been reported lately: "Not reported since 31 March 2022".</summary>
    public static string NotReportedSince(DateOnly lastReported) => "Not reported since " + UkDate.Display(lastReported);
    public static string Of(Measure measure) => ValueSets.Measures.LabelOf(measure);

    public static string Of(CountedAs unit) => ValueSets.Units.LabelOf(unit);

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        _ => NotKnown,
    };

    /// <summary>
    /// "Cause of concern 9159: Hate crime", or "Recommendation 2 of Finding time for crime"; a row the paper only
    /// counts says so: "6 recommendations of Exploring rape survivors' experiences, not worded in the paper".
    /// </summary>
    public static string TitleOf(Recommendation item, Report? report)
    {
        if (item.Count is { } count)
        {
            var counted = $"{count} {(count == 1 ? Of(item.Kind) : Plural(item.Kind)).ToLowerInvariant()}";
            var of = report is null ? counted : $"{counted} of “{report.Title}”";
            return item.IsWorded ? of : of + ", not worded in the paper";
        }
        var kind = Of(item.Kind);
        if (item.Reference is { } reference) return item.Area is { } area ? $"{kind} {reference}: {area}" : $"{kind} {reference}";
        var name = item.Number is { } number ? $"{kind} {number}" : kind;
        return report is null ? name : $"{name} of “{report.Title}”";
    }

    /// <summary>The longest excerpt of an item's words a link gives, in characters.</summary>
    public const int LinkExcerptLength = 60;

    /// <summary>
    /// What a list links an item by, whatever list it is in: its name and its own short title or area ("Cause of
    /// concern 9159: Hate crime"), or else its first words ("Recommendation 1: Immediately, police and prosecutors
    /// should review…"). Never the report's title: the list says which report, and one title on every row hides
    /// what tells the rows apart.
    /// </summary>
    public static string LinkTextOf(Recommendation item)
    {
        if (item.Count is not null) return TitleOf(item, report: null);
        var kind = Of(item.Kind);
        var name = (item.Reference ?? item.Number) is { } id ? $"{kind} {id}" : kind;
        var what = item.ShortTitle ?? item.Area ?? (item.IsWorded ? Excerpt(item.Text, LinkExcerptLength) : null);
        return what is null ? name : $"{name}: {what}";
    }

    /// <summary>The text's first words, cut between words with an ellipsis when it is longer than <paramref name="length"/>.</summary>
    public static string Excerpt(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length) return flat;
        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':', '.', '–', '-', ' ') + "…";
    }
}
