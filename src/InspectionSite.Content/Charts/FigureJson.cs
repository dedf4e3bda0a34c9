using InspectionSite.Content.Model;
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
    /// <summary>
    /// Makes and writes one small figure of each kind of trace, so that Plotly.NET's code is compiled before the
    /// first page with a chart needs it.
    /// </summary>
    public static void WarmUp()
    {
        var series = new Series("Warm-up", [new Count(1, IsLowerBound: false)], ChartStyle.After);
        CategoryChart.Build("warm-up", "", "", "", "", ["A"], [series], StyleParam.BarMode.Group, horizontal: true);
        TimeSeriesChart.Build("warm-up", "", "", "", [new DateOnly(2022, 6, 30)], [series], "");
    }

    public static string Of(GenericChart figure) =>
        GenericChart.toJson(figure).Replace("<", "\\u003C").Replace(">", "\\u003E").Replace("&", "\\u0026");
}
