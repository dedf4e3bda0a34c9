using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

// Plotly's enumerated values, written exactly as its schema spells them. Each enum names its own
// converter, so that a figure serialises the same way whatever options it is given.

[JsonConverter(typeof(JsonStringEnumConverter<Orientation>))]
public enum Orientation
{
    [JsonStringEnumMemberName("v")] Vertical,
    [JsonStringEnumMemberName("h")] Horizontal,
}

[JsonConverter(typeof(JsonStringEnumConverter<BarMode>))]
public enum BarMode
{
    [JsonStringEnumMemberName("group")] Group,
    [JsonStringEnumMemberName("stack")] Stack,
    [JsonStringEnumMemberName("overlay")] Overlay,
}

[JsonConverter(typeof(JsonStringEnumConverter<BarTextPosition>))]
public enum BarTextPosition
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("inside")] Inside,
    [JsonStringEnumMemberName("outside")] Outside,
    [JsonStringEnumMemberName("none")] None,
}

[JsonConverter(typeof(JsonStringEnumConverter<ScatterMode>))]
public enum ScatterMode
{
    [JsonStringEnumMemberName("lines")] Lines,
    [JsonStringEnumMemberName("markers")] Markers,
    [JsonStringEnumMemberName("lines+markers")] LinesAndMarkers,
    [JsonStringEnumMemberName("lines+markers+text")] LinesMarkersAndText,
    [JsonStringEnumMemberName("markers+text")] MarkersAndText,
}

[JsonConverter(typeof(JsonStringEnumConverter<ScatterTextPosition>))]
public enum ScatterTextPosition
{
    [JsonStringEnumMemberName("top center")] TopCenter,
    [JsonStringEnumMemberName("bottom center")] BottomCenter,
    [JsonStringEnumMemberName("middle right")] MiddleRight,
}

[JsonConverter(typeof(JsonStringEnumConverter<MarkerSymbol>))]
public enum MarkerSymbol
{
    [JsonStringEnumMemberName("circle")] Circle,
    [JsonStringEnumMemberName("square")] Square,
    [JsonStringEnumMemberName("diamond")] Diamond,
    [JsonStringEnumMemberName("triangle-up")] TriangleUp,
    [JsonStringEnumMemberName("x")] X,
    [JsonStringEnumMemberName("star")] Star,
}

[JsonConverter(typeof(JsonStringEnumConverter<Dash>))]
public enum Dash
{
    [JsonStringEnumMemberName("solid")] Solid,
    [JsonStringEnumMemberName("dash")] Dash,
    [JsonStringEnumMemberName("dot")] Dot,
    [JsonStringEnumMemberName("dashdot")] DashDot,
    [JsonStringEnumMemberName("longdash")] LongDash,
}

[JsonConverter(typeof(JsonStringEnumConverter<LineShape>))]
public enum LineShape
{
    [JsonStringEnumMemberName("linear")] Linear,
    /// <summary>A step: horizontal, then vertical.</summary>
    [JsonStringEnumMemberName("hv")] Step,
}

[JsonConverter(typeof(PatternShapeConverter))]
public enum PatternShape
{
    /// <summary>No hatching: written as the empty string.</summary>
    None,
    [JsonStringEnumMemberName("/")] Slash,
    [JsonStringEnumMemberName("\\")] Backslash,
    [JsonStringEnumMemberName("x")] Cross,
    [JsonStringEnumMemberName("-")] Horizontal,
    [JsonStringEnumMemberName("|")] Vertical,
    [JsonStringEnumMemberName("+")] Plus,
    [JsonStringEnumMemberName(".")] Dots,
}

[JsonConverter(typeof(JsonStringEnumConverter<PatternFillMode>))]
public enum PatternFillMode
{
    [JsonStringEnumMemberName("replace")] Replace,
    [JsonStringEnumMemberName("overlay")] Overlay,
}

[JsonConverter(typeof(JsonStringEnumConverter<AxisType>))]
public enum AxisType
{
    [JsonStringEnumMemberName("linear")] Linear,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("category")] Category,
}

[JsonConverter(typeof(JsonStringEnumConverter<RangeMode>))]
public enum RangeMode
{
    [JsonStringEnumMemberName("normal")] Normal,
    [JsonStringEnumMemberName("tozero")] ToZero,
}

[JsonConverter(typeof(JsonStringEnumConverter<TickMode>))]
public enum TickMode
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("linear")] Linear,
    [JsonStringEnumMemberName("array")] Array,
}

/// <summary>Plotly writes "no pattern" as the empty string, which no enum member name may be.</summary>
internal sealed class PatternShapeConverter : JsonConverter<PatternShape>
{
    private static readonly JsonStringEnumConverter<PatternShape> Named = new();
    private JsonConverter<PatternShape>? _named;

    public override PatternShape Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Figures are only written.");

    public override void Write(Utf8JsonWriter writer, PatternShape value, JsonSerializerOptions options)
    {
        if (value == PatternShape.None) writer.WriteStringValue("");
        else (_named ??= (JsonConverter<PatternShape>)Named.CreateConverter(typeof(PatternShape), options)).Write(writer, value, options);
    }
}
