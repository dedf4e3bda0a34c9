using Markdig.Syntax.Inlines;

namespace InspectionSite.Content.Markdown.RecommendationLinks;

/// <summary>The words "Recommendation 9159" in a Markdown body: a reference to an item by its HMICFRS number.</summary>
public sealed class RecommendationMention : LeafInline
{
    public required string Label { get; init; }

    public required string Reference { get; init; }

    /// <summary>The page it links to, once resolved; null leaves the words as plain text.</summary>
    public string? Url { get; set; }

    /// <summary>The page's full address, printed after the link in a meeting pack.</summary>
    public string? PrintUrl { get; set; }
}
