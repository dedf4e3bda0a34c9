using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>
/// An old address that now lives elsewhere: a page that was renamed. <see cref="To"/> is a path of
/// this site ("/reports/new-id/") or a full web address.
/// </summary>
public sealed record Redirect(string From, string To, SourceLocation Source)
{
    public bool IsExternal => !To.StartsWith('/');
}
