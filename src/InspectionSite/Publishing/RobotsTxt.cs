using System.Text;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>robots.txt: every page may be indexed; the sitemap is named where the site's address is known.</summary>
public static class RobotsTxt
{
    public static OutputFile Of(Routes routes)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (routes.Absolute(Routes.Sitemap) is { } sitemap) text.Append($"\nSitemap: {sitemap}\n");
        return new OutputFile(Routes.Robots.TrimStart('/'), Encoding.ASCII.GetBytes(text.ToString()));
    }
}
