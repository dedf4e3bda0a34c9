using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>
/// Every address in the site, in one place. Paths are root-relative ("/reports/solihull-jtai/");
/// <see cref="Url"/> puts the base path in front, so that the site also works in a sub-folder, and
/// <see cref="Absolute"/> the site's public address too, where it is known.
/// </summary>
public sealed class Routes
{
    public Routes(string? basePath = null, string? baseUrl = null)
    {
        var trimmed = (basePath ?? "").Trim().Trim('/');
        BasePath = trimmed.Length == 0 ? "" : "/" + trimmed;
        BaseUrl = baseUrl is null ? null : SiteAddress.Normalise(baseUrl);
    }

    /// <summary>"" for a site at the root of its domain, otherwise "/folder".</summary>
    public string BasePath { get; }

    /// <summary>The site's public address ("https://example.org"), or null when it is not known.</summary>
    public string? BaseUrl { get; }

    public const string Home = "/";
    public const string Inspections = "/inspections/";
    public const string Reports = "/reports/";
    public const string Recommendations = "/recommendations/";
    public const string Meetings = "/meetings/";
    public const string Topics = "/topics/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    public const string Data = "/data/";
    public const string HowWeKnow = "/how-we-know/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>The folder of the theme's files.</summary>
    public const string AssetsFolder = "/assets/";

    /// <summary>The folder of Pagefind's search bundle.</summary>
    public const string SearchFolder = "/pagefind/";

    public static string Inspection(string id) => $"/inspections/{id}/";
    public static string Report(string id) => $"/reports/{id}/";
    public static string Recommendation(string id) => $"/recommendations/{id}/";
    public static string Meeting(string id) => $"/meetings/{id}/";
    public static string Topic(string slug) => $"/topics/{slug}/";
    public static string Page(string id) => $"/{id}/";
    public static string Asset(string file) => AssetsFolder + file;

    /// <summary>A page of a list too long for one: the first at the list's own address, the rest at "page/2/" and so on below it.</summary>
    public static string ListPage(string list, int number) => number == 1 ? list : $"{list}page/{number}/";
    public static string DataFile(string file) => $"/data/{file}";

    /// <summary>The address to put in an href: the path under the base path.</summary>
    public string Url(string path) => BasePath + path;

    /// <summary>The full address of a path ("https://example.org/reports/x/"), or null when the site's address is not known.</summary>
    public string? Absolute(string path) => BaseUrl is null ? null : BaseUrl + Url(path);

    /// <summary>The address to print or share: absolute when the site's public address is known, otherwise the href.</summary>
    public string FullUrl(string path) => Absolute(path) ?? Url(path);

    /// <summary>Where Pagefind's search bundle is published.</summary>
    public string SearchBundle => Url(SearchFolder);

    /// <summary>The file that serves a path: "/reports/x/" is reports/x/index.html.</summary>
    public static string OutputFile(string path)
    {
        var relative = path.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
