using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>Everything read from input/, checked one file at a time but not yet cross-referenced.</summary>
public sealed record ContentSet(
    SiteInfo Site,
    IReadOnlyList<Inspection> Inspections,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<ProgressEntry> Progress,
    IReadOnlyList<Total> Totals,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Redirect> Redirects,
    SourceMap SourceMap,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<InspectionEvent> InspectionEvents);
