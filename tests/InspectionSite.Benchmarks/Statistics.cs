namespace InspectionSite.Benchmarks;

/// <summary>The median, minimum and maximum of a set of measurements, as the benchmark reports them.</summary>
public sealed record Spread(double Median, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }

    public string Format(string unit = "", int decimals = 2) =>
        $"{Median.ToString("F" + decimals)}{unit} ({Min.ToString("F" + decimals)}–{Max.ToString("F" + decimals)})";
}
