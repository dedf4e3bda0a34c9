using System.Text;
using InspectionSite.Content.Model;

namespace InspectionSite.Theme;

/// <summary>
/// The organisation's colour as a stylesheet of its own: GOV.UK Frontend reads --govuk-brand-colour, and the CSP allows
/// no inline style. The compiled site.css stays the same for every site.
/// </summary>
public static class BrandStylesheet
{
    public const string Name = "styles/brand.css";

    public static (string Name, byte[] Content) Of(SiteInfo site) =>
        (Name, Encoding.UTF8.GetBytes($":root {{ --govuk-brand-colour: {site.BrandColour}; }}\n"));
}
