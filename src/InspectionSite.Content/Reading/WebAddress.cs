namespace InspectionSite.Content.Reading;

/// <summary>A web address that may be linked to: http or https only, never a script URL.</summary>
public static class WebAddress
{
    public static bool TryRead(string text, out string address)
    {
        var ok = Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        address = ok ? uri!.AbsoluteUri : "";
        return ok;
    }

    public static string? Problem(string text) => TryRead(text, out _) ? null : $"'{text}' is not a web address.";
}
