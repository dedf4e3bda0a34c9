namespace InspectionSite.Content.Markdown.RecommendationLinks;

/// <summary>
/// Which numbers after "Recommendation" are references (fewer digits are a report's own numbering,
/// "Recommendation 1"), and the class the links carry.
/// </summary>
public sealed record RecommendationLinkOptions(int MinimumDigits = 3, int MaximumDigits = 10, string CssClass = "mention");
