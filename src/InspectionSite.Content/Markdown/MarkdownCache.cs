using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Markdown;

/// <summary>
/// Rendered Markdown kept between builds in one process (the preview), so that a build re-renders only
/// the bodies that changed. A body's HTML depends on its text and on the addresses it can link to, so the
/// cache empties itself whenever those addresses change. Only bodies that rendered without errors are kept;
/// their warnings are kept with them and reported again on every build, as a fresh render would.
/// </summary>
public sealed class MarkdownCache
{
    private readonly Dictionary<MarkdownText, (string Html, IReadOnlyList<Diagnostic> Warnings)> _entries = [];
    private string _addresses = "";

    public int Count => _entries.Count;

    /// <summary>Forgets every body when <paramref name="addresses"/> (a digest of every linkable address) differs from the last build's.</summary>
    public void UseAddresses(string addresses)
    {
        if (addresses == _addresses) return;
        _entries.Clear();
        _addresses = addresses;
    }

    public bool TryGet(MarkdownText text, out string html, out IReadOnlyList<Diagnostic> warnings)
    {
        var found = _entries.TryGetValue(text, out var entry);
        (html, warnings) = found ? entry : ("", []);
        return found;
    }

    public void Store(MarkdownText text, string html, IReadOnlyList<Diagnostic> warnings) => _entries[text] = (html, warnings);

    /// <summary>Drops the bodies no longer in the input, so the cache never outgrows the site.</summary>
    public void KeepOnly(IReadOnlySet<MarkdownText> bodies)
    {
        foreach (var stale in _entries.Keys.Where(k => !bodies.Contains(k)).ToList()) _entries.Remove(stale);
    }
}
