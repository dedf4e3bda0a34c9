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
    int StaleAfterMeetings = SiteInfo.DefaultStaleAfterMeetings)
{
    /// <summary>An open item not reported at this many of the latest meetings is shown as "not reported since", not as open now.</summary>
    public const int DefaultStaleAfterMeetings = 2;
}
