using System.Collections.Concurrent;
using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Checking;

/// <summary>
/// Proves, before anything is written, that every link between pages of the site and every
/// #anchor lands somewhere: a committee member following links must never meet a dead end.
/// </summary>
public static class LinkChecker
{
    public static void Check(IReadOnlyList<OutputFile> files, string basePath, DiagnosticBag diagnostics)
    {
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var anchors = new PageAnchors[pages.Count];
        Parallel.For(0, pages.Count, i => anchors[i] = PageAnchors.Scan(pages[i].Content));
        var scanned = new Dictionary<string, PageAnchors>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) scanned[pages[i].Path] = anchors[i];
        Check(scanned, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), basePath, diagnostics);
    }

    /// <summary>Checks the links on pages already scanned (or only on <paramref name="only"/>), against every file the site will have.</summary>
    public static void Check(IReadOnlyDictionary<string, PageAnchors> pages, IReadOnlySet<string> existing, string basePath, DiagnosticBag diagnostics,
        IReadOnlySet<string>? only = null)
    {
        var paths = (only ?? pages.Keys).Order(StringComparer.Ordinal).ToList();
        var problems = new List<(string Link, string Problem)>[paths.Count];
        // Most links (the navigation, the footer, links between items) recur on many pages; one without a
        // "#" means the same wherever it is, so each is checked once.
        var verdicts = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.For(0, paths.Count, i =>
        {
            var page = pages[paths[i]];
            foreach (var link in page.Links.Distinct())
            {
                var problem = link.Contains('#')
                    ? Problem(link, page.Ids, basePath, existing, pages)
                    : verdicts.GetOrAdd(link, l => Problem(l, page.Ids, basePath, existing, pages));
                if (problem is not null) (problems[i] ??= []).Add((link, problem));
            }
        });
        for (var i = 0; i < paths.Count; i++)
            foreach (var (link, problem) in problems[i] ?? [])
                diagnostics.Add(new SourceLocation("output/" + paths[i], 1, 1), $"The link '{link}' {problem}.",
                    "Correct the link in the Markdown or CSV that produced this page, or the theme component that draws it.");
    }

    /// <summary>The file a link within the site leads to ("/reports/x/#items" is reports/x/index.html); null for any other link.</summary>
    public static string? TargetOf(string link, string basePath)
    {
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)) return null; // external, mailto: and the like
        if (basePath.Length > 0 && !link.StartsWith(basePath + "/", StringComparison.Ordinal)) return null;
        var withoutBase = link[basePath.Length..];
        var end = withoutBase.IndexOfAny(['#', '?']);
        return Content.Site.Routes.OutputFile(end < 0 ? withoutBase : withoutBase[..end]);
    }

    private static string? Problem(string link, IReadOnlySet<string> ownIds, string basePath, IReadOnlySet<string> existing,
        IReadOnlyDictionary<string, PageAnchors> pages)
    {
        if (link.StartsWith('#')) return link.Length == 1 || ownIds.Contains(Uri.UnescapeDataString(link[1..])) ? null : "points to no element on its own page";
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)) return null; // external, mailto: and the like
        if (basePath.Length > 0 && !link.StartsWith(basePath + "/", StringComparison.Ordinal)) return "is outside the site's base path";

        var target = TargetOf(link, basePath)!;
        if (!existing.Contains(target)) return "leads to no page";
        var hashAt = link.IndexOf('#');
        if (hashAt < 0 || hashAt == link.Length - 1) return null;
        var anchor = Uri.UnescapeDataString(link[(hashAt + 1)..]);
        return pages.TryGetValue(target, out var targetPage) && targetPage.Ids.Contains(anchor) ? null : $"points to #{anchor}, which its page lacks";
    }
}
