using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>redirects.csv (optional): one row per renamed page, from its old address to its new one.</summary>
public static class RedirectsTable
{
    private static readonly Column<Redirect, string?> From = new("from", SitePath, r => r.From, "The page's old address on this site.", "/reports/old-name/") { Required = true };
    private static readonly Column<Redirect, string?> To = new("to", SitePathOrAddress, r => r.To, "Where it lives now: an address on this site or a full web address.", "/reports/solihull-jtai/") { Required = true };

    public static readonly TableSchema<Redirect> Schema = new("redirects.csv",
        "One row per page that was renamed, so that old links still arrive: a visitor to the old address is sent to the new one (a permanent redirect). Optional: the build runs without it.",
        [From, To],
        (row, source) => new Redirect(row.Get(From)!, row.Get(To)!, source)) { Optional = true };
}
