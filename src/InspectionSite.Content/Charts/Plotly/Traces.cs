using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

/// <summary>One trace of a figure; its <c>type</c> says which kind. Shared properties are written first, after the type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Bar), "bar")]
[JsonDerivedType(typeof(Scatter), "scatter")]
public abstract record Trace
{
    /// <summary>The name in the legend.</summary>
    [JsonPropertyOrder(-1)]
    public string? Name { get; init; }

    [JsonPropertyOrder(-1)]
    public DataArray? X { get; init; }

    [JsonPropertyOrder(-1)]
    public DataArray? Y { get; init; }

    /// <summary>A label drawn at each point.</summary>
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<string>? Text { get; init; }

    [JsonPropertyOrder(-1)]
    public bool? ShowLegend { get; init; }
}

/// <summary>A bar trace (<c>type: "bar"</c>).</summary>
public sealed record Bar : Trace
{
    public Orientation? Orientation { get; init; }

    public BarTextPosition? TextPosition { get; init; }

    public Marker? Marker { get; init; }

    /// <summary>False keeps the labels of short bars from being clipped at the edge of the plot.</summary>
    public bool? ClipOnAxis { get; init; }
}

/// <summary>A line or point trace (<c>type: "scatter"</c>).</summary>
public sealed record Scatter : Trace
{
    public ScatterMode? Mode { get; init; }

    public ScatterTextPosition? TextPosition { get; init; }

    public Line? Line { get; init; }

    public Marker? Marker { get; init; }

    /// <summary>False leaves a gap where a value is missing, rather than drawing a line across it.</summary>
    public bool? ConnectGaps { get; init; }

    public bool? ClipOnAxis { get; init; }
}

/// <summary>A trace's bars or points.</summary>
public sealed record Marker
{
    public ArrayOk<string>? Color { get; init; }

    public ArrayOk<MarkerSymbol>? Symbol { get; init; }

    public double? Size { get; init; }

    /// <summary>The outline of each bar or point.</summary>
    public Line? Line { get; init; }

    /// <summary>Hatching, so that bars differ without colour.</summary>
    public Pattern? Pattern { get; init; }
}

/// <summary>A line, or the outline of a marker.</summary>
public sealed record Line
{
    public string? Color { get; init; }

    public double? Width { get; init; }

    public Dash? Dash { get; init; }

    public LineShape? Shape { get; init; }
}

/// <summary>A bar's hatching.</summary>
public sealed record Pattern
{
    public ArrayOk<PatternShape>? Shape { get; init; }

    /// <summary><c>overlay</c> draws the pattern over the bar's colour in <see cref="FgColor"/>.</summary>
    public PatternFillMode? FillMode { get; init; }

    public ArrayOk<string>? FgColor { get; init; }

    public double? Size { get; init; }

    public double? Solidity { get; init; }
}
