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
    string? CorrectionsContact = null);
