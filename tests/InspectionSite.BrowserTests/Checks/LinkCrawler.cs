using System.Net;
using AngleSharp.Html.Parser;
using InspectionSite.BrowserTests.Browser;

namespace InspectionSite.BrowserTests.Checks;

/// <summary>
/// Asks the server for every address that any page links to or loads (href and src), as a browser would,
/// and looks up every #anchor in the page that comes back. Links to other sites are not followed.
/// </summary>
public static class LinkCrawler
{
    public static async Task<IReadOnlyList<Finding>> CheckAsync(ServedSite site)
    {
        using var http = new HttpClient();
        var parser = new HtmlParser();
        var fetched = new Dictionary<string, (HttpStatusCode Status, HashSet<string> Ids)>(StringComparer.Ordinal);

        async Task<(HttpStatusCode Status, HashSet<string> Ids)> Fetch(Uri address)
        {
            var key = address.GetLeftPart(UriPartial.Query);
            if (fetched.TryGetValue(key, out var known)) return known;
            using var response = await http.GetAsync(address);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                using var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                ids.UnionWith(document.QuerySelectorAll("[id]").Select(e => e.Id!));
                ids.UnionWith(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!));
            }
            return fetched[key] = (response.StatusCode, ids);
        }

        var findings = new List<Finding>();
        foreach (var page in site.Pages)
        {
            var pageAddress = new Uri(site.Url(page));
            using var document = parser.ParseDocument(await http.GetStringAsync(pageAddress));
            var targets = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .Distinct(StringComparer.Ordinal);
            foreach (var target in targets)
            {
                if (target is "" or "#" || !Uri.TryCreate(pageAddress, target, out var address))
                {
                    if (target != "#") findings.Add(new Finding(page, $"the link '{target}' is not a valid address"));
                    continue;
                }
                if (address.GetLeftPart(UriPartial.Authority) != site.Address.GetLeftPart(UriPartial.Authority)) continue;
                var (status, ids) = await Fetch(address);
                var anchor = Uri.UnescapeDataString(address.Fragment.TrimStart('#'));
                if (status != HttpStatusCode.OK)
                    findings.Add(new Finding(page, $"the link '{target}' is broken: the server answers {(int)status} {status}"));
                else if (anchor.Length > 0 && !ids.Contains(anchor))
                    findings.Add(new Finding(page, $"the link '{target}' points to #{anchor}, which {address.AbsolutePath} lacks"));
            }
        }
        return findings;
    }
}
