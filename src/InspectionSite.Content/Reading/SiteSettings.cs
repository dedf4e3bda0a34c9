using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Site;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading;

/// <summary>site.yml: the site-wide settings.</summary>
public static class SiteSettings
{
    public const string FileName = "site.yml";

    /// <summary>What the build goes on with when site.yml is missing or a required field is.</summary>
    public static readonly SiteInfo Fallback = new("Untitled site", "Unknown", null, null, null, null, null);

    private static readonly Column<SiteInfo, string?> Title = new("title", Text, s => s.Title, "The site's name, at the top of every page.", "HMICFRS inspections and recommendations") { Required = true };
    private static readonly Column<SiteInfo, string?> Organisation = new("organisation", Text, s => s.Organisation, "Who publishes the site.", "Office of the Police and Crime Commissioner") { Required = true };
    private static readonly Column<SiteInfo, string?> Description = new("description", Text, s => s.Description, "What the site holds, in a sentence, for search engines and the open data.", "HMICFRS inspections of the force and its progress on their recommendations.");
    private static readonly Column<SiteInfo, string?> BaseUrl = new("base_url",
        new CheckedTextConverter("The site's public address: the scheme and host only.", SiteAddress.Problem, $"Write the site's public address, e.g. base_url: {SiteAddress.Example}, or delete the line if it is not known yet."),
        s => s.BaseUrl, "The site's public address, for canonical links, the sitemap and the feed.", SiteAddress.Example)
    {
        Guidance = "--base-url overrides it. Without it there is no sitemap, no feed and no canonical address, and the build says so.",
    };
    private static readonly Column<SiteInfo, string?> DataLicence = new("data_licence", Text, s => s.DataLicence, "The licence of the open data.", "Open Government Licence v3.0");
    private static readonly Column<SiteInfo, string?> DataLicenceUrl = new("data_licence_url",
        new CheckedTextConverter("A full web address starting with https://.", WebAddress.Problem, "Write the licence's full address starting with https://, or delete the line."),
        s => s.DataLicenceUrl, "The licence's address.", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
    {
        Guidance = "datapackage.json names the licence only when it is given.",
    };
    private static readonly Column<SiteInfo, string?> Contact = new("contact", Text, s => s.Contact, "How to reach the office about the site.", "inspections@example.org");
    private static readonly Column<SiteInfo, string?> CorrectionsContact = new("corrections_contact", Text, s => s.CorrectionsContact,
        "Where to report an error on the site, as the How we know page gives it.", "inspections@example.org")
    {
        Guidance = "An address or a sentence saying where. Without it, the page asks readers to contact the organisation and gives the contact above, if any.",
    };
    private static readonly Column<SiteInfo, int?> StaleAfterMeetings = new("stale_after_meetings", new WholeNumberConverter(1, 99), s => s.StaleAfterMeetings,
        "After how many meetings without a report an open item is shown as \"not reported since\" rather than as open.", "2")
    {
        Guidance = $"An item last reported open, and not reported at any of this many latest meetings, is not counted as open now: the site says when it was last reported. Leave it out for {SiteInfo.DefaultStaleAfterMeetings}.",
    };

    private static readonly Column<SiteInfo, string?> BrandColour = new("brand_colour",
        new CheckedTextConverter("A colour as # and six hexadecimal digits, dark enough for white text.", Reading.BrandColour.Problem,
            $"Write a darker colour as # and six digits, e.g. brand_colour: \"{SiteInfo.DefaultBrandColour}\" (in quotes: YAML reads # as a comment), or delete the line."),
        s => s.BrandColour, "The organisation's colour: the header's background, behind white text.", SiteInfo.DefaultBrandColour)
    {
        Guidance = $"White text on it must have a contrast of at least {Reading.BrandColour.MinimumContrast}:1 (WCAG 2.2 AA), or the build stops and says which colour to choose instead. Leave it out for {SiteInfo.DefaultBrandColour}.",
    };

    public const string LogoKey = "logo";

    private static readonly Column<SiteInfo, string?> Logo = new(LogoKey,
        new CheckedTextConverter("A file in the input folder, named from there: an SVG, PNG, JPEG or WebP image.", LogoFile.Problem,
            $"Name the image from the input folder, e.g. {LogoKey}: {LogoFile.Example}, or delete the line."),
        s => s.Logo, "The organisation's logo, shown in the header before its name.", LogoFile.Example)
    {
        Guidance = "Put the image in input/ (or a folder inside it). It is shown about 40 pixels high and has no alternative text: the organisation's name beside it says what it is.",
    };

    public static readonly DocumentSchema<SiteInfo> Schema = new(FileName,
        "The site-wide settings, one 'field: value' line each.",
        [Title, Organisation, Description, BaseUrl, DataLicence, DataLicenceUrl, Contact, CorrectionsContact, StaleAfterMeetings, BrandColour, Logo],
        (_, row, _) => new SiteInfo(row.Get(Title) ?? Fallback.Title, row.Get(Organisation) ?? Fallback.Organisation, row.Get(Description), row.Get(BaseUrl),
            row.Get(DataLicence), row.Get(DataLicenceUrl), row.Get(Contact), row.Get(CorrectionsContact),
            row.Get(StaleAfterMeetings) ?? SiteInfo.DefaultStaleAfterMeetings,
            row.Get(BrandColour)?.ToLowerInvariant() ?? SiteInfo.DefaultBrandColour, row.Get(Logo))) { HasBody = false, KeptWhenInvalid = true };
}
