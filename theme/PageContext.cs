using InspectionSite.Content.Site;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Theme;

/// <summary>What every page needs besides its own subject: the site, its own path, and the theme's asset addresses.</summary>
public sealed record PageContext(SiteModel Site, string Path, IReadOnlyDictionary<string, string> AssetPaths)
{
    public Routes Routes => Site.Routes;

    /// <summary>
    /// Each item's row of the item tables that show the report column, by item ID, already rendered (<see cref="Components.ItemRow"/>):
    /// the same in every such table, so rendered once for all of them. Without it, tables render their rows themselves.
    /// </summary>
    public IReadOnlyDictionary<string, MarkupString>? ItemRows { get; init; }

    /// <summary>False for a page search engines should not list, such as the 404 page: its kind says so.</summary>
    public bool Indexed { get; init; } = true;

    /// <summary>The href of a page path, under the base path.</summary>
    public string Url(string path) => Site.Routes.Url(path);

    /// <summary>This page's full address, or null when the site's public address is not known.</summary>
    public string? AbsoluteUrl => Site.Routes.Absolute(Path);

    /// <summary>The address of a page path to print or share: absolute when the site's public address is known.</summary>
    public string FullUrl(string path) => Site.Routes.FullUrl(path);

    /// <summary>The href of a theme asset by its source name, e.g. "styles/site.css", fingerprinted.</summary>
    public string Asset(string name) => Site.Routes.Url(AssetPaths[name]);

    public bool IsCurrent(string path) => Path == path;

    public bool IsInSection(string section) => Path.StartsWith(section, StringComparison.Ordinal);
}
