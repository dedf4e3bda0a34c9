namespace InspectionSite.Tools;

/// <summary>
/// The files the site publishes from npm packages, read from node_modules (installed from package-lock.json
/// on first use) and fingerprinted with the theme's own assets. Nothing is fetched from a CDN: the site works offline.
/// </summary>
public static class PackagedAssets
{
    public static IReadOnlyList<(string Name, byte[] Content)> From(NodePackages packages) =>
    [
        ("vendor/plotly-basic.min.js", File.ReadAllBytes(packages.PathOf("plotly.js-basic-dist-min", "plotly-basic.min.js"))),
        ("vendor/govuk-frontend.min.js", File.ReadAllBytes(packages.PathOf("govuk-frontend", "dist/govuk/govuk-frontend.min.js"))),
    ];
}
