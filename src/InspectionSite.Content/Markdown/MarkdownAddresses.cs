namespace InspectionSite.Content.Markdown;

/// <summary>
/// What the links in a Markdown body can lead to: every page of the site, and the page of the item each reference
/// number ("Recommendation 9159") names. A body's HTML depends on these as well as on its text.
/// </summary>
public sealed record MarkdownAddresses(IReadOnlySet<string> Paths, IReadOnlyDictionary<string, string> ReferencePaths)
{
    public static readonly MarkdownAddresses None = new(new HashSet<string>(), new Dictionary<string, string>());

    public bool SameAs(MarkdownAddresses other) =>
        ReferenceEquals(this, other) ||
        Paths.SetEquals(other.Paths) && ReferencePaths.Count == other.ReferencePaths.Count
        && ReferencePaths.All(r => other.ReferencePaths.TryGetValue(r.Key, out var path) && path == r.Value);
}
