namespace InspectionSite.Theme;

/// <summary>The theme's scripts, as lists a page passes to its layout. Each only enhances a page that works without it.</summary>
public static class ThemeScripts
{
    /// <summary>Starts GOV.UK Frontend's components on every page: the navigation's menu button on phones, the skip link's focus.</summary>
    public const string Govuk = "scripts/govuk.js";

    /// <summary>GOV.UK Frontend's own module, published from its npm package.</summary>
    public const string GovukFrontend = "vendor/govuk-frontend.min.js";

    /// <summary>Sorting and filtering of linkable tables, kept in the address.</summary>
    public static readonly IReadOnlyList<string> Tables = ["scripts/tables.js"];

    /// <summary>The search page: Pagefind in the browser, query and filters kept in the address.</summary>
    public static readonly IReadOnlyList<string> Search = ["scripts/search.js"];
}
