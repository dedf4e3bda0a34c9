using System.Xml.Linq;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of the published reports and the committee meetings, newest first,
/// so that readers learn of each new one. Atom IDs must be absolute, so there is no feed while the
/// site's public address is unknown. Dates are the report's publication and the meeting's date, never
/// the build's, so that rebuilding does not make old entries look new.
/// </summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private sealed record Entry(string Path, string Title, DateOnly Date, string Summary, string Category);

    public static OutputFile? Of(SiteModel site)
    {
        var routes = site.Routes;
        if (routes.BaseUrl is null) return null;

        // A report enters the feed at the start of the period it was published in; one whose publication is not known has no place in it.
        var entries = site.Reports
            .Where(r => r.Published is not null)
            .Select(r => new Entry(Routes.Report(r.Id), r.Title, r.Published!.Value.Start, $"{Labels.Of(r.Kind)} published {r.Published.Value.Display}.", "report"))
            .Concat(site.Meetings.Select(m => new Entry(Routes.Meeting(m.Id), m.Title, m.Date, m.Summary, "meeting")))
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var updated = entries.Count == 0 ? site.AsOf : entries.Max(e => e.Date);

        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", routes.Absolute(Routes.Home)),
            new XElement(Atom + "title", site.Info.Title),
            site.Info.Description is { } description ? new XElement(Atom + "subtitle", description) : null,
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", site.Info.Organisation)),
            Link("self", routes.Absolute(Routes.Feed)!, "application/atom+xml"),
            Link("alternate", routes.Absolute(Routes.Home)!, "text/html"),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", routes.Absolute(e.Path)),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "published", Timestamp(e.Date)),
                new XElement(Atom + "updated", Timestamp(e.Date)),
                Link("alternate", routes.Absolute(e.Path)!, "text/html"),
                new XElement(Atom + "category", new XAttribute("term", e.Category)),
                new XElement(Atom + "summary", e.Summary))));
        return XmlFile.Of(Routes.Feed, new XDocument(new XDeclaration("1.0", "utf-8", null), feed));
    }

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    /// <summary>An RFC 3339 date-time: the start of the day, in UTC.</summary>
    private static string Timestamp(DateOnly date) => UkDate.Iso(date) + "T00:00:00Z";
}
