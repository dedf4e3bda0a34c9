using System.Text;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>
/// Netlify's _redirects file, from input/redirects.csv: a permanent (301) redirect from each renamed
/// page's old address. Netlify applies these before the rules in netlify.toml, so they come before
/// the catch-all that serves the 404 page.
/// </summary>
public static class NetlifyRedirects
{
    public const string FileName = "_redirects";

    public static OutputFile Of(SiteModel site)
    {
        var routes = site.Routes;
        var text = new StringBuilder("# Renamed pages, from input/redirects.csv.\n");
        foreach (var redirect in site.Redirects)
            text.Append($"{routes.Url(redirect.From)} {(redirect.IsExternal ? redirect.To : routes.Url(redirect.To))} 301\n");
        return new OutputFile(FileName, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
