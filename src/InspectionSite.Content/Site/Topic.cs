using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;

namespace InspectionSite.Content.Site;

/// <summary>A theme that runs through inspections, reports and recommendations, such as "Older people".</summary>
public sealed record Topic(string Slug, string Name);

/// <summary>
/// Gathers the topics named in the "topics" columns. Names that differ only in case or punctuation
/// ("Stop and search", "Stop and Search") are one topic, shown as first written.
/// </summary>
public static class TopicIndex
{
    /// <summary>Every topic with the slug its page lives at; names with no letter or digit are left out (the linker reports them).</summary>
    public static IReadOnlyDictionary<string, Topic> Of(ContentSet content)
    {
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var name in Names(content))
            if (Ids.Slug(name) is { } slug)
                topics.TryAdd(slug, new Topic(slug, name));
        return topics;
    }

    private static IEnumerable<string> Names(ContentSet content) =>
        content.Inspections.SelectMany(i => i.Topics)
            .Concat(content.Reports.SelectMany(r => r.Topics))
            .Concat(content.Recommendations.SelectMany(r => r.Topics));
}
