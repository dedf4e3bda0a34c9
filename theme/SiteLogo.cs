using InspectionSite.Content.Model;

namespace InspectionSite.Theme;

/// <summary>The organisation's logo as a theme asset: published under a fingerprinted name, like the theme's own files.</summary>
public static class SiteLogo
{
    /// <summary>The asset's name, or null when site.yml names no logo.</summary>
    public static string? NameOf(SiteInfo site) =>
        site.Logo is { } file ? "images/logo" + Path.GetExtension(file).ToLowerInvariant() : null;
}
