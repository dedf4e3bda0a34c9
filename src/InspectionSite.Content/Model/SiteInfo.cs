namespace InspectionSite.Content.Model;

/// <summary>The site-wide settings from site.yml.</summary>
public sealed record SiteInfo(
    string Title,
    string Organisation,
    string? Description,
    string? BaseUrl,
    string? DataLicence,
    string? DataLicenceUrl,
    string? Contact,
    string? CorrectionsContact = null,
    int StaleAfterMeetings = SiteInfo.DefaultStaleAfterMeetings,
    string BrandColour = SiteInfo.DefaultBrandColour,
    string? Logo = null)
{
    /// <summary>The header's colour when site.yml gives none: a dark blue that white text reads on at 12:1.</summary>
    public const string DefaultBrandColour = "#1d3557";

    /// <summary>An open item not reported at this many of the latest meetings is shown as "not reported since", not as open now.</summary>
    public const int DefaultStaleAfterMeetings = 2;
}
