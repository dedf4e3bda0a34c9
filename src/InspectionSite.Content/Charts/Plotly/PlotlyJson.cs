using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

/// <summary>
/// Writes a figure as Plotly reads it. The default encoder escapes &lt;, &gt;, &amp; and quotes inside
/// strings, so text from the input (an owner's name, a title) can never close the element that carries
/// the JSON in a page.
/// </summary>
public static class PlotlyJson
{
    private static readonly JsonSerializerOptions Compact = Options(indented: false);
    private static readonly JsonSerializerOptions Indented = Options(indented: true);

    public static string Serialize(Figure figure, bool indented = false) =>
        JsonSerializer.Serialize(figure, indented ? Indented : Compact);

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        // Plotly's attributes are lower case run together: "textposition", "xaxis", "showlegend".
        PropertyNamingPolicy = new LowerCase(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = indented,
        TypeInfoResolver = PlotlyJsonContext.Default,
    };

    private sealed class LowerCase : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}

/// <summary>
/// The figure's serialisation code, generated at compile time rather than found by reflection when a build
/// starts. The names still come from <see cref="PlotlyJson"/>'s naming policy. The values inside
/// <see cref="ArrayOk{T}"/> are listed because their converter asks for them by type.
/// </summary>
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(MarkerSymbol))]
[JsonSerializable(typeof(PatternShape))]
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
internal sealed partial class PlotlyJsonContext : JsonSerializerContext;
