using Plotly.NET;

namespace InspectionSite.Content.Charts;

/// <summary>
/// A figure's JSON as Plotly.NET writes it (<c>data</c>, <c>layout</c> and <c>config</c>, what <c>Plotly.newPlot</c>
/// takes), made safe to carry inside a page's <c>&lt;script type="application/json"&gt;</c> element.
/// </summary>
public static class FigureJson
{
    /// <summary>
    /// Plotly.NET leaves &lt;, &gt; and &amp; as they are, so text from the input ("&lt;/script&gt;" in an owner's name)
    /// could close the element. Outside strings JSON has none of the three, so each is written as its \u escape, which
    /// <c>JSON.parse</c> reads back as the same character.
    /// </summary>
    public static string Of(GenericChart figure) =>
        GenericChart.toJson(figure).Replace("<", "\\u003C").Replace(">", "\\u003E").Replace("&", "\\u0026");
}
