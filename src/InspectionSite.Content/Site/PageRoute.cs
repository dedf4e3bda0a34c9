using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>
/// Where one kind of page lives, as the link stage needs it before there is a site model: its section ("/reports/"),
/// and for a page per subject, each subject's address in the input. The command declares one for each kind of page.
/// </summary>
/// <param name="Listed">Whether the pages are listed for search engines (sitemap.xml) and may be linked or redirected to; not the 404 page.</param>
/// <param name="Addresses">The address of each subject in the input; null for the one page at the section's address.</param>
public sealed record PageRoute(string Section, bool Listed, Func<ContentSet, IEnumerable<string>>? Addresses = null)
{
    public IEnumerable<string> PathsIn(ContentSet content) => Addresses?.Invoke(content) ?? [Section];
}

/// <summary>The routes of every kind of page: which first path segments the site keeps for itself, and which pages an input makes.</summary>
public sealed class PageRoutes(IReadOnlyList<PageRoute> routes)
{
    /// <summary>
    /// First path segments owned by the generator: a free page may not take them. They are the sections' and those of
    /// the folders that hold files rather than pages; "/404.html" keeps "404", since Netlify serves it at /404 too.
    /// </summary>
    public IReadOnlySet<string> Reserved { get; } = routes.Select(r => r.Section).Append(Routes.AssetsFolder).Append(Routes.SearchFolder)
        .Select(path => Path.GetFileNameWithoutExtension(path.TrimStart('/').Split('/')[0]))
        .Where(segment => segment.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every listed page the input makes: what links in Markdown and redirects may lead to.</summary>
    public IReadOnlySet<string> ListedPathsIn(ContentSet content) =>
        routes.Where(r => r.Listed).SelectMany(r => r.PathsIn(content)).ToHashSet(StringComparer.Ordinal);
}
