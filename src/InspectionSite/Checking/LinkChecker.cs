using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Rendering;

namespace InspectionSite.Checking;

/// <summary>
/// Proves, before anything is written, that every link between pages of the site and every
/// #anchor lands somewhere: a committee member following links must never meet a dead end.
/// </summary>
public static class LinkChecker
{
    public static void Check(IReadOnlyList<OutputFile> files, string basePath, DiagnosticBag diagnostics)
    {
        var parser = new HtmlParser();
        var pages = new ConcurrentDictionary<string, (HashSet<string> Ids, List<string> Links)>();
        Parallel.ForEach(files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .ToList();
            pages[file.Path] = (ids, links);
        });
        var existing = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        foreach (var (page, (ownIds, links)) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var link in links.Distinct())
            {
                var problem = Problem(link, page, ownIds, basePath, existing, pages);
                if (problem is not null)
                    diagnostics.Add(new SourceLocation("output/" + page, 1, 1), $"The link '{link}' {problem}.",
                        "Correct the link in the Markdown or CSV that produced this page, or the theme component that draws it.");
            }
        }
    }

    private static string? Problem(string link, string page, HashSet<string> ownIds, string basePath, HashSet<string> existing,
        ConcurrentDictionary<string, (HashSet<string> Ids, List<string> Links)> pages)
    {
        if (link.StartsWith('#')) return link.Length == 1 || ownIds.Contains(Uri.UnescapeDataString(link[1..])) ? null : "points to no element on its own page";
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)) return null; // external, mailto: and the like
        if (basePath.Length > 0 && !link.StartsWith(basePath + "/", StringComparison.Ordinal)) return "is outside the site's base path";

        var withoutBase = link[basePath.Length..];
        var hashAt = withoutBase.IndexOf('#');
        var path = (hashAt < 0 ? withoutBase : withoutBase[..hashAt]).Split('?')[0];
        var target = Content.Site.Routes.OutputFile(path);
        if (!existing.Contains(target)) return "leads to no page";
        if (hashAt < 0 || hashAt == withoutBase.Length - 1) return null;
        var anchor = Uri.UnescapeDataString(withoutBase[(hashAt + 1)..]);
        return pages.TryGetValue(target, out var targetPage) && targetPage.Ids.Contains(anchor) ? null : $"points to #{anchor}, which its page lacks";
    }
}
