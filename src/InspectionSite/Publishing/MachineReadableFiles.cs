using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Publishing;

/// <summary>Every file of the site that is not a page or a theme asset: discovery files, the feed, the open data and the redirects.</summary>
public static class MachineReadableFiles
{
    /// <param name="unchanged">The last build's file at a path (such as <see cref="Routes.Feed"/>), where nothing it is made from has changed since (the preview knows); null to make it again.</param>
    public static IReadOnlyList<OutputFile> Of(SiteModel site, IReadOnlyList<PageSpec> pages, IReadOnlyList<DataTable> openData, Func<string, OutputFile?>? unchanged = null) =>
        new[]
            {
                RobotsTxt.Of(site.Routes),
                unchanged?.Invoke(Routes.Sitemap) ?? Sitemap.Of(site.Routes, pages),
                unchanged?.Invoke(Routes.Feed) ?? AtomFeed.Of(site),
                NetlifyRedirects.Of(site),
            }
            .OfType<OutputFile>()
            .Concat(OpenDataFiles.Of(site, openData))
            .Concat(PaperFiles.Of(site))
            .ToList();

    /// <summary>Says what the site lacks while its public address is unknown; the build still succeeds.</summary>
    public static void WarnIfNoAddress(Routes routes, string siteFile, DiagnosticBag diagnostics)
    {
        if (routes.BaseUrl is null)
            diagnostics.AddWarning(new SourceLocation(siteFile, 1, 1),
                "The site's public address is not known, so sitemap.xml and the Atom feed are left out and pages carry no canonical address.",
                "Set base_url in site.yml, or pass --base-url.");
    }
}
