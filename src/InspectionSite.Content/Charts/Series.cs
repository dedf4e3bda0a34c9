using InspectionSite.Content.Model;

namespace InspectionSite.Content.Charts;

/// <summary>
/// One measure across a chart's categories or meetings. A null value is a figure nobody gave;
/// a <see cref="Count"/> may be a lower bound ("over 60"), drawn at 60 and always labelled "over 60".
/// </summary>
public sealed record Series(string Name, IReadOnlyList<Count?> Values, SeriesStyle Style)
{
    /// <summary>Overrides <see cref="Style"/> point by point, e.g. red, amber and green bars in one series.</summary>
    public IReadOnlyList<SeriesStyle>? PointStyles { get; init; }

    public bool HasValues => Values.Any(v => v is not null);

    public static Series Exact(string name, IEnumerable<int?> values, SeriesStyle style) =>
        new(name, values.Select(v => v is { } n ? new Count(n, IsLowerBound: false) : (Count?)null).ToList(), style);
}
