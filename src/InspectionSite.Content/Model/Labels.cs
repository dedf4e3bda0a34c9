namespace InspectionSite.Content.Model;

/// <summary>The words the site shows for coded values, in plain English.</summary>
public static class Labels
{
    public const string NotKnown = "Not known";

    public static string Of(InspectionKind kind) => kind switch
    {
        InspectionKind.Peel => "PEEL inspection",
        InspectionKind.Thematic => "National thematic inspection",
        InspectionKind.Jtai => "Joint targeted area inspection",
        InspectionKind.SuperComplaint => "Super-complaint",
        InspectionKind.Spotlight => "Spotlight report",
        _ => "Other engagement",
    };

    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.Recommendation => "Recommendation",
        ItemKind.AreaForImprovement => "Area for improvement",
        _ => "Cause of concern",
    };

    public static string Plural(ItemKind kind) => kind switch
    {
        ItemKind.Recommendation => "Recommendations",
        ItemKind.AreaForImprovement => "Areas for improvement",
        _ => "Causes of concern",
    };

    public static string Of(ItemStatus? status) => status switch
    {
        ItemStatus.Open => "Open",
        ItemStatus.EvidenceGathering => "Evidence gathering",
        ItemStatus.SignedOffByForce => "Signed off by the force",
        ItemStatus.SignedOffByHmicfrs => "Signed off by HMICFRS",
        _ => NotKnown,
    };

    public static string Of(Rag? rag) => rag switch
    {
        Rag.Red => "Red",
        Rag.Amber => "Amber",
        Rag.Green => "Green",
        _ => NotKnown,
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        _ => NotKnown,
    };

    /// <summary>"Cause of concern 9159: Hate crime", or "Recommendation 2 of Finding time for crime".</summary>
    public static string TitleOf(Recommendation item, Report? report)
    {
        var kind = Of(item.Kind);
        if (item.Reference is { } reference) return item.Area is { } area ? $"{kind} {reference}: {area}" : $"{kind} {reference}";
        var name = item.Number is { } number ? $"{kind} {number}" : kind;
        return report is null ? name : $"{name} of “{report.Title}”";
    }
}
