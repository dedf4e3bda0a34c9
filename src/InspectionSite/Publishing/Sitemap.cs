using System.Xml.Linq;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Publishing;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): the full address of every page a search engine should index, those of the kinds
/// listed for it (<see cref="PageKind.Listed"/>). Addresses must be absolute, so there is no sitemap while the site's public address is unknown.
/// </summary>
public static class Sitemap
{
    public static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile? Of(Routes routes, IEnumerable<PageSpec> pages)
    {
        if (routes.BaseUrl is null) return null;
        var urls = pages
            .Where(page => page.Kind.Listed)
            .Select(page => page.Path)
            .Order(StringComparer.Ordinal)
            .Select(path => new XElement(Namespace + "url", new XElement(Namespace + "loc", routes.Absolute(path))));
        return XmlFile.Of(Routes.Sitemap, new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Namespace + "urlset", urls)));
    }
}
