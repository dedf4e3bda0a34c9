using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

/// <summary>Everything about a figure that is not data: titles, axes, legend, spacing.</summary>
public sealed record Layout
{
    public Title? Title { get; init; }

    public Axis? XAxis { get; init; }

    public Axis? YAxis { get; init; }

    public BarMode? BarMode { get; init; }

    public bool? ShowLegend { get; init; }

    public Legend? Legend { get; init; }

    public Margin? Margin { get; init; }

    public Font? Font { get; init; }

    public int? Height { get; init; }

    [JsonPropertyName("paper_bgcolor")] public string? PaperBackgroundColor { get; init; }

    [JsonPropertyName("plot_bgcolor")] public string? PlotBackgroundColor { get; init; }
}

/// <summary>A title. Plotly 3 and later accept only this object form, not a bare string.</summary>
public sealed record Title(string Text);

public sealed record Axis
{
    public Title? Title { get; init; }

    public AxisType? Type { get; init; }

    public DataArray? Range { get; init; }

    public RangeMode? RangeMode { get; init; }

    /// <summary>Set to <c>reversed</c> to list categories from the top down.</summary>
    public string? AutoRange { get; init; }

    public TickMode? TickMode { get; init; }

    public DataArray? TickVals { get; init; }

    public IReadOnlyList<string>? TickText { get; init; }

    public double? DTick { get; init; }

    public string? TickFormat { get; init; }

    /// <summary>Grows the margin to fit long tick labels, such as the name of a portfolio.</summary>
    public bool? AutoMargin { get; init; }

    public bool? ShowGrid { get; init; }

    public string? GridColor { get; init; }

    public bool? ZeroLine { get; init; }

    public string? LineColor { get; init; }

    public bool? ShowLine { get; init; }
}

public sealed record Legend
{
    public Orientation? Orientation { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public string? XAnchor { get; init; }

    public string? YAnchor { get; init; }

    public string? TraceOrder { get; init; }
}

public sealed record Margin(int L, int R, int T, int B);

public sealed record Font(string Family, int Size, string Color);
