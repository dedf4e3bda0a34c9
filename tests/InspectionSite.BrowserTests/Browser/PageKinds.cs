using System.Text.RegularExpressions;

namespace InspectionSite.BrowserTests.Browser;

/// <summary>The kinds of page the site has, each as a pattern of its address, and one page of each kind to look at.</summary>
public static class PageKinds
{
    public static IReadOnlyList<string> All { get; } =
    [
        "/", "/inspections/", "/inspections/<id>/", "/reports/", "/reports/<id>/", "/recommendations/", "/recommendations/<id>/",
        "/meetings/", "/meetings/<id>/", "/how-we-know/", "/about/", "/accessibility/", "/glossary/", "/404.html",
    ];

    /// <summary>Whether <paramref name="page"/> is of <paramref name="kind"/>: "/reports/<id>/" matches "/reports/solihull-jtai/".</summary>
    public static bool IsOf(string page, string kind) => Regex.IsMatch(page, "^" + kind.Replace("<id>", "[a-z0-9-]+") + "$");

    /// <summary>The richest page of each kind the site has: the one with the most HTML, so the most tables, charts and text to check.</summary>
    public static IReadOnlyList<string> Representatives(ServedSite site) =>
        All.Select(kind => site.Pages.Where(page => IsOf(page, kind)).MaxBy(page => new FileInfo(PageFile(site, page)).Length))
            .OfType<string>().ToList();

    private static string PageFile(ServedSite site, string page) =>
        page.EndsWith('/') ? Path.Combine(site.Folder, page.Trim('/'), "index.html") : Path.Combine(site.Folder, page.TrimStart('/'));
}
