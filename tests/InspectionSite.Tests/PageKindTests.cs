using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;
using InspectionSite.Tests.Support;
using InspectionSite.Theme;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Tests;

/// <summary>
/// Every kind of page is declared once (<see cref="PageKinds"/>): what the link stage and the sitemap derive from the
/// declarations must agree with the pages the build renders, and every page the theme can draw must be declared.
/// </summary>
public sealed class PageKindTests
{
    private static readonly (ContentSet Content, IReadOnlyList<PageSpec> Pages) Real = ReadRealInput();

    private static (ContentSet, IReadOnlyList<PageSpec>) ReadRealInput()
    {
        var content = new InputReader(Repository.Input, new DiagnosticBag()).Read();
        var site = LinkedSite.From(Repository.Input);
        return (content, SitePages.Of(site, new Dictionary<string, string>(), [], new Dictionary<string, MarkupString>()));
    }

    /// <summary>A new kind of page adds its section; none may go, nor the folders of files.</summary>
    [Fact]
    public void A_free_page_may_not_take_a_section_of_the_site_or_a_folder_of_its_files() =>
        Assert.Superset(new HashSet<string>(["404", "assets", "data", "inspections", "meetings", "pagefind", "recommendations", "reports", "search", "topics"]),
            PageKinds.AllRoutes.Reserved.ToHashSet());

    [Fact]
    public void Links_may_lead_to_every_page_the_build_renders_but_the_404_page()
    {
        var rendered = Real.Pages.Select(p => p.Path).Where(path => path != Routes.NotFound).Order(StringComparer.Ordinal);
        Assert.Equal(rendered, PageKinds.AllRoutes.ListedPathsIn(Real.Content).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_page_has_an_address_of_its_own_in_its_kinds_section()
    {
        Assert.Equal(Real.Pages.Count, Real.Pages.Select(p => p.Path).Distinct().Count());
        Assert.All(Real.Pages, page => Assert.StartsWith(page.Kind.Section, page.Path, StringComparison.Ordinal));
        Assert.All(PageKinds.All, kind => Assert.Contains(Real.Pages, page => page.Kind == kind));
    }

    [Fact]
    public void Every_page_component_of_the_theme_is_a_declared_kind_of_page()
    {
        var components = typeof(PageContext).Assembly.GetTypes()
            .Where(t => t.Namespace == "InspectionSite.Theme.Pages" && typeof(IComponent).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(components, PageKinds.All.Select(kind => kind.Component.Name).Order(StringComparer.Ordinal));
    }
}
