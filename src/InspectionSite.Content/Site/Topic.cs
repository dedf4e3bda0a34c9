using InspectionSite.Content.Model;

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
    public static IReadOnlyDictionary<string, Topic> Of(ContentSet content) => BySlug(ByName(content));

    /// <summary>The topics of <see cref="ByName"/>, each once, by the slug its page lives at.</summary>
    public static IReadOnlyDictionary<string, Topic> BySlug(IReadOnlyDictionary<string, Topic?> byName) =>
        byName.Values.OfType<Topic>().DistinctBy(t => t.Slug).ToDictionary(t => t.Slug, StringComparer.Ordinal);

    /// <summary>
    /// Each name written in a "topics" cell, with its topic; null for a name with no letter or digit. Names
    /// recur on many rows, so each is made into a slug once.
    /// </summary>
    public static IReadOnlyDictionary<string, Topic?> ByName(ContentSet content)
    {
        var bySlug = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Topic?>(StringComparer.Ordinal);
        foreach (var name in Names(content))
        {
            if (byName.ContainsKey(name)) continue;
            if (Ids.Slug(name) is not { } slug) byName[name] = null;
            else if (bySlug.TryGetValue(slug, out var topic)) byName[name] = topic;
            else byName[name] = bySlug[slug] = new Topic(slug, name);
        }
        return byName;
    }

    private static IEnumerable<string> Names(ContentSet content) =>
        content.Inspections.SelectMany(i => i.Topics)
            .Concat(content.Reports.SelectMany(r => r.Topics))
            .Concat(content.Recommendations.SelectMany(r => r.Topics));
}
