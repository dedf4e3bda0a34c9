namespace InspectionSite.Content.Model;

/// <summary>
/// A kind of HMICFRS activity that inspections and reports belong to. Kinds are data: adding one is a line in
/// <see cref="ValueSets.InspectionKinds"/>. They sort in the order declared there.
/// </summary>
public sealed record InspectionKind(string Name) : IComparable<InspectionKind>
{
    public int CompareTo(InspectionKind? other) =>
        other is null ? 1 : ValueSets.InspectionKinds.RankOf(this).CompareTo(ValueSets.InspectionKinds.RankOf(other));

    public override string ToString() => Name;
}

/// <summary>What a report raised: HMICFRS words each differently and tracks them separately.</summary>
public enum ItemKind { Recommendation, AreaForImprovement, CauseOfConcern }

/// <summary>
/// Where an item stands, in the order it normally moves through; the two signed-off statuses close it, and so does
/// "no further action required", which is not a sign-off: nobody judged the item done, only that nothing more is asked.
/// </summary>
public enum ItemStatus { Open, EvidenceGathering, SignedOffByForce, SignedOffByHmicfrs, NoFurtherAction }

/// <summary>Something that happened, or was expected to happen, in an inspection's life, in the order it usually does.</summary>
public enum EventKind { Notified, Fieldwork, Held, HotDebrief, DataRequest, Concluded, ReportExpected, ReportPublished }

/// <summary>Why a report is on a meeting's agenda.</summary>
public enum AgendaReason { PublishedSinceLastMeeting, BroughtBackForReview }

/// <summary>Whether a report's items are rows of recommendations.csv: a report that made none differs from one whose items the site does not list.</summary>
public enum ReportItems { Tracked, NoneMade, NotTracked }

/// <summary>What a document attached to a committee paper is.</summary>
public enum DocumentKind { Background, Appendix }

/// <summary>The force's red, amber or green rating of an item.</summary>
public enum Rag { Red, Amber, Green }

/// <summary>The allowed values of each coded column, each with the name editors write and the label the site shows.</summary>
public static class ValueSets
{
    public static readonly ValueSet<InspectionKind> InspectionKinds = Kinds(
        ("peel", "PEEL inspection"),
        ("thematic", "National thematic inspection"),
        ("jtai", "Joint targeted area inspection"),
        ("super-complaint", "Super-complaint"),
        ("spotlight", "Spotlight report"),
        ("force-inspection", "Force inspection"),
        ("joint-thematic", "Joint thematic inspection"),
        ("data-request", "Data request"),
        ("engagement", "Other engagement"));

    public static readonly ValueSet<ItemKind> ItemKinds = new(
        new(ItemKind.Recommendation, "recommendation", "Recommendation"),
        new(ItemKind.AreaForImprovement, "area-for-improvement", "Area for improvement", "Areas for improvement"),
        new(ItemKind.CauseOfConcern, "cause-of-concern", "Cause of concern", "Causes of concern"));

    public static readonly ValueSet<ItemStatus> Statuses = new(
        new(ItemStatus.Open, "open", "Open"),
        new(ItemStatus.EvidenceGathering, "evidence-gathering", "Evidence gathering"),
        new(ItemStatus.SignedOffByForce, "signed-off-by-force", "Signed off by the force"),
        new(ItemStatus.SignedOffByHmicfrs, "signed-off-by-hmicfrs", "Signed off by HMICFRS"),
        new(ItemStatus.NoFurtherAction, "no-further-action-required", "No further action required"));

    public static readonly ValueSet<Rag> Rags = new(
        new(Rag.Red, "red", "Red"),
        new(Rag.Amber, "amber", "Amber"),
        new(Rag.Green, "green", "Green"));

    /// <summary>Inferred and worked-out values carry a reason; "stated" is what a row means when it says nothing else.</summary>
    public static readonly ValueSet<Certainty> Certainties = new(
        new(Certainty.Stated, "stated", "Stated in the paper"),
        new(Certainty.Inferred, "inferred", "Inferred"),
        new(Certainty.Calculated, "worked-out", "Worked out"),
        new(Certainty.NotKnown, "not-known", "Not known"));

    public static readonly ValueSet<TimescaleScope> TimescaleScopes = new(
        new(TimescaleScope.Whole, "whole", "The whole item"),
        new(TimescaleScope.Part, "part", "Part of the item"));

    /// <summary>Overdue is a question with three answers: unknown is never "no".</summary>
    public static readonly ValueSet<Overdue> OverdueAnswers = new(
        new(Overdue.Yes, "yes", "Overdue"),
        new(Overdue.No, "no", "Not overdue"),
        new(Overdue.NotKnown, "not-known", "Not known"));

    public static readonly ValueSet<Measure> Measures = new(
        new(Measure.RecommendationsOpen, "recommendations-open", "Recommendations open"),
        new(Measure.AreasForImprovementOpen, "areas-for-improvement-open", "Areas for improvement open"),
        new(Measure.CausesOfConcernOpen, "causes-of-concern-open", "Causes of concern open"),
        new(Measure.RecommendationsSignedOff, "recommendations-signed-off", "Recommendations signed off since the previous meeting"),
        new(Measure.AreasForImprovementSignedOff, "areas-for-improvement-signed-off", "Areas for improvement signed off since the previous meeting"),
        new(Measure.CausesOfConcernSignedOff, "causes-of-concern-signed-off", "Causes of concern signed off since the previous meeting"));

    /// <summary>"not-said" is what a total means when the paper does not say how it counts.</summary>
    public static readonly ValueSet<CountedAs> Units = new(
        new(CountedAs.NotSaid, "not-said", "Not said by the paper"),
        new(CountedAs.Headings, "headings", "Headings (a heading may hold more than one reference number)"),
        new(CountedAs.ReferenceNumbers, "reference-numbers", "HMICFRS reference numbers"));

    public static readonly ValueSet<EventKind> EventKinds = new(
        new(EventKind.Notified, "notified", "Notified"),
        new(EventKind.Fieldwork, "fieldwork", "Fieldwork"),
        new(EventKind.Held, "held", "Held (a workshop or other engagement)"),
        new(EventKind.HotDebrief, "hot-debrief", "Hot debrief"),
        new(EventKind.DataRequest, "data-request", "Data request"),
        new(EventKind.Concluded, "concluded", "Concluded"),
        new(EventKind.ReportExpected, "report-expected", "Report expected"),
        new(EventKind.ReportPublished, "report-published", "Report published"));

    public static readonly ValueSet<AgendaReason> AgendaReasons = new(
        new(AgendaReason.PublishedSinceLastMeeting, "published-since-last-meeting", "Published since the last meeting"),
        new(AgendaReason.BroughtBackForReview, "brought-back-for-review", "Brought back for review"));

    public static readonly ValueSet<ReportItems> ReportItemsTracked = new(
        new(ReportItems.Tracked, "tracked", "Its items are listed on this site"),
        new(ReportItems.NoneMade, "none-made", "It made no recommendations"),
        new(ReportItems.NotTracked, "not-tracked", "It made recommendations this site does not list"));

    public static readonly ValueSet<DocumentKind> DocumentKinds = new(
        new(DocumentKind.Background, "background", "Background document"),
        new(DocumentKind.Appendix, "appendix", "Appendix"));

    private static ValueSet<InspectionKind> Kinds(params (string Name, string Label)[] kinds) =>
        new(kinds.Select(k => new Allowed<InspectionKind>(new InspectionKind(k.Name), k.Name, k.Label)).ToArray());
}
