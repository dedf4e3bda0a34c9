using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The frame every page shares, as GOV.UK Frontend's components give it: header search, breadcrumbs, navigation.</summary>
public sealed class PageFrameTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_page_but_search_has_one_search_box_in_its_header_with_a_visible_label()
    {
        foreach (var path in site.PagePaths().Where(p => p != "/search/"))
        {
            var page = site.Open(path);
            var box = Assert.Single(page.QuerySelectorAll("input[type=search]"));
            Assert.NotNull(box.Closest(".govuk-service-navigation"));
            var label = page.QuerySelector($"label[for='{box.Id}']")!;
            Assert.Equal("Search the site", label.TextContent);
            Assert.DoesNotContain("visually-hidden", label.ClassName ?? "");
        }
    }

    [Fact]
    public void Every_page_starts_GOV_UK_Frontend_s_components_from_the_package_the_site_publishes()
    {
        foreach (var path in site.PagePaths())
        {
            var page = site.Open(path);
            var starter = Assert.Single(page.QuerySelectorAll("script[data-govuk-frontend]"));
            Assert.Equal("module", starter.GetAttribute("type"));
            Assert.Matches(@"^/assets/scripts/govuk\.[0-9a-f]{10}\.js$", starter.GetAttribute("src"));
            Assert.Matches(@"^/assets/vendor/govuk-frontend\.min\.[0-9a-f]{10}\.js$", starter.GetAttribute("data-govuk-frontend"));
            Assert.NotNull(page.QuerySelector("a.govuk-skip-link[data-module=govuk-skip-link]"));
            // The menu button that folds the navigation on phones is hidden until GOV.UK Frontend starts it.
            var menu = page.QuerySelector("[data-module=govuk-service-navigation] button.govuk-js-service-navigation-toggle")!;
            Assert.True(menu.HasAttribute("hidden"));
            Assert.Equal("govuk-service-navigation__list", page.GetElementById(menu.GetAttribute("aria-controls")!)!.ClassName);
        }
        var published = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets", "vendor"), "govuk-frontend.min.*.js"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "node_modules", "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js")),
            File.ReadAllBytes(published));
    }

    [Fact]
    public void The_search_page_has_one_search_box_its_own()
    {
        var box = Assert.Single(site.Open("/search/").QuerySelectorAll("input[type=search]"));
        Assert.Null(box.Closest("header, .govuk-service-navigation"));
    }

    [Fact]
    public void Breadcrumbs_are_GOV_UK_s_which_collapse_on_phones_and_end_at_the_page_s_parent()
    {
        var crumbs = site.Open("/recommendations/9159/").QuerySelector("nav[aria-label=Breadcrumb]")!;
        Assert.Contains("govuk-breadcrumbs--collapse-on-mobile", crumbs.ClassName);
        Assert.Equal(["Home", "Recommendations"],
            crumbs.QuerySelectorAll("li.govuk-breadcrumbs__list-item").Select(li => li.TextContent.Trim()));
        Assert.All(crumbs.QuerySelectorAll("li"), li => Assert.NotNull(li.QuerySelector("a.govuk-breadcrumbs__link")));
        Assert.DoesNotContain("›", crumbs.TextContent);
    }

    [Fact]
    public void An_item_s_status_and_RAG_rating_are_labelled_and_not_known_is_words_not_a_badge()
    {
        var status = site.Open("/recommendations/9159/").QuerySelector(".item-status")!;
        Assert.Equal(["Status:", "RAG rating:"], status.QuerySelectorAll(".app-tag-label").Select(l => l.TextContent));
        var rag = status.QuerySelector(".rag-unknown")!;
        Assert.Equal("Not known", rag.TextContent);
        Assert.DoesNotContain("govuk-tag", rag.ClassName);
    }
}
