namespace InspectionSite.Content.Markdown.HeadingIds;

/// <summary>
/// The ids a heading must not take, because the page already gives them to its own elements: these exact ids, and
/// any id starting with one of the prefixes. A heading that would take one is given <see cref="Prefix"/> + its id.
/// </summary>
public sealed record HeadingIdOptions(IReadOnlySet<string> Reserved, IReadOnlyList<string> ReservedPrefixes, string Prefix = "heading-")
{
    public bool IsReserved(string id) =>
        Reserved.Contains(id) || ReservedPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal));
}
