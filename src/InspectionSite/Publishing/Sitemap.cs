using System.Xml.Linq;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): the full address of every page a search engine should index.
/// Addresses must be absolute, so there is no sitemap while the site's public address is unknown.
/// </summary>
public static class Sitemap
{
    public static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile? Of(Routes routes, IEnumerable<string> pagePaths)
    {
        if (routes.BaseUrl is null) return null;
        var urls = pagePaths
            .Where(path => path != Routes.NotFound)
            .Order(StringComparer.Ordinal)
            .Select(path => new XElement(Namespace + "url", new XElement(Namespace + "loc", routes.Absolute(path))));
        return XmlFile.Of(Routes.Sitemap, new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Namespace + "urlset", urls)));
    }
}
