using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

/// <summary>
/// A Plotly figure: the <c>data</c>, <c>layout</c> and <c>config</c> that <c>Plotly.newPlot</c> takes.
/// The names follow Plotly's JSON schema, so its reference documentation applies property by property.
/// </summary>
public sealed record Figure(IReadOnlyList<Trace> Data, Layout Layout, Config Config);

/// <summary>How the chart behaves in the browser. Plotly spells these in camel case, unlike the layout.</summary>
public sealed record Config
{
    /// <summary>A picture with no hover, zoom or buttons: nothing to reach by keyboard, since the table beside it carries the numbers.</summary>
    [JsonPropertyName("staticPlot")] public bool? StaticPlot { get; init; }

    [JsonPropertyName("responsive")] public bool? Responsive { get; init; }

    [JsonPropertyName("displayModeBar")] public bool? DisplayModeBar { get; init; }

    [JsonPropertyName("displaylogo")] public bool? DisplayLogo { get; init; }
}
