using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Markdown;

/// <summary>
/// Rendered Markdown kept between builds in one process (the preview), so that a build re-renders only
/// the bodies that changed. A body's HTML depends on its text and on the addresses it can link to, so the
/// cache empties itself whenever those addresses change (the base path is fixed for the cache's lifetime). Only bodies that rendered without errors are kept;
/// their warnings are kept with them and reported again on every build, as a fresh render would.
/// </summary>
public sealed class MarkdownCache
{
    // Keyed by file, not by the text itself, so that finding a body does not mean hashing all of it.
    private readonly Dictionary<string, (MarkdownText Text, string Html, IReadOnlyList<Diagnostic> Warnings)> _entries = new(StringComparer.Ordinal);
    private MarkdownAddresses _addresses = MarkdownAddresses.None;

    public int Count => _entries.Count;

    /// <summary>
    /// Forgets every body when the site's page addresses or the items its reference numbers lead to differ
    /// from the last build's: a link or a "Recommendation NNNN" in an unchanged body may now resolve differently.
    /// </summary>
    public void UseAddresses(MarkdownAddresses addresses)
    {
        if (addresses.SameAs(_addresses)) return;
        _entries.Clear();
        _addresses = addresses;
    }

    public bool TryGet(MarkdownText text, out string html, out IReadOnlyList<Diagnostic> warnings)
    {
        var found = _entries.TryGetValue(text.File, out var entry) && entry.Text == text;
        (html, warnings) = found ? (entry.Html, entry.Warnings) : ("", []);
        return found;
    }

    public void Store(MarkdownText text, string html, IReadOnlyList<Diagnostic> warnings) => _entries[text.File] = (text, html, warnings);

    /// <summary>Drops the bodies of files no longer in the input, so the cache never outgrows the site.</summary>
    public void KeepOnly(IReadOnlySet<string> files)
    {
        foreach (var stale in _entries.Keys.Where(file => !files.Contains(file)).ToList()) _entries.Remove(stale);
    }
}
