namespace InspectionSite.Content.Model;

/// <summary>
/// The site's public address ("https://example.org"), from which canonical links, the sitemap and
/// the feed are made absolute. Only the scheme and host: a sub-folder is the base path's job.
/// </summary>
public static class SiteAddress
{
    public const string Example = "https://example.org";

    /// <summary>Why the address cannot be used, or null when it can.</summary>
    public static string? Problem(string address)
    {
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return $"'{address}' is not a web address. Write it in full, e.g. {Example}.";
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return $"'{address}' has more than the scheme and host. Write only those, e.g. {Example}; give a sub-folder with --base-path.";
        return null;
    }

    /// <summary>The address without a trailing slash, ready to put in front of a root-relative path.</summary>
    public static string Normalise(string address) => new Uri(address.Trim(), UriKind.Absolute).GetLeftPart(UriPartial.Authority);
}
