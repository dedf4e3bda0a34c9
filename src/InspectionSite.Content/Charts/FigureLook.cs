using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace InspectionSite.Content.Charts;

/// <summary>
/// What every figure shares: the site's font, white ground, legend above the plot, labelled axes. Figures are made
/// without Plotly.NET's default template (<c>UseDefaults: false</c>), so each figure's JSON holds only what is set here
/// and by the chart itself; plotly.js supplies its own defaults for the rest.
/// </summary>
internal static class FigureLook
{
    private const string FontFamily = "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif";

    /// <summary>The traces of one chart in one figure, laid out as the site's figures are.</summary>
    public static GenericChart Figure(IEnumerable<GenericChart> traces, LinearAxis x, LinearAxis y, int height, bool showLegend,
        StyleParam.BarMode? barMode = null) =>
        GenericChart.setConfig(Config(), GenericChart.setLayout(Layout(x, y, height, showLegend, barMode), PlotlyChart.Combine(traces)));

    /// <summary>A still picture with no buttons, hover or zoom: the table next to it carries the numbers.</summary>
    private static Config Config() => new Config()
        .With("staticPlot", true)
        .With("responsive", true)
        .With("displayModeBar", false)
        .With("displaylogo", false);

    private static Layout Layout(LinearAxis x, LinearAxis y, int height, bool showLegend, StyleParam.BarMode? barMode)
    {
        var layout = new Layout().With("xaxis", x).With("yaxis", y);
        if (barMode is not null) layout.With("barmode", barMode.Convert());
        layout.With("height", height).With("showlegend", showLegend);
        // "normal" keeps the legend in series order; Plotly otherwise reverses it for stacked bars.
        if (showLegend)
            layout.With("legend", new Legend()
                .With("orientation", StyleParam.Orientation.Horizontal.Convert())
                .With("x", 0).With("y", 1.02)
                .With("xanchor", StyleParam.XAnchorPosition.Left.Convert())
                .With("yanchor", StyleParam.YAnchorPosition.Bottom.Convert())
                .With("traceorder", StyleParam.TraceOrder.Normal.Convert()));
        return layout
            .With("margin", new Margin().With("l", 60).With("r", 30).With("t", showLegend ? 50 : 20).With("b", 60))
            .With("font", new Font().With("family", FontFamily).With("size", 14).With("color", ChartStyle.Text))
            .With("paper_bgcolor", "#ffffff")
            .With("plot_bgcolor", "#ffffff");
    }

    /// <summary>An axis with a title, a dark line and pale grid lines, growing its margin to fit its tick labels.</summary>
    public static LinearAxis Axis(string? title)
    {
        var axis = new LinearAxis();
        if (title is not null) axis.With("title", new Title().With("text", Wrap(title)));
        return axis
            .With("automargin", true)
            .With("showline", true)
            .With("linecolor", ChartStyle.Text)
            .With("gridcolor", ChartStyle.Grid)
            .With("zeroline", false);
    }

    /// <summary>
    /// A count axis from zero, in whole numbers: a tick at every unit, or every other unit, while the counts are small
    /// (few enough ticks to sit side by side on a phone), and plotly.js's own whole steps beyond.
    /// </summary>
    public static LinearAxis CountAxis(string title, IEnumerable<int> values)
    {
        var axis = Axis(title).With("rangemode", StyleParam.RangeMode.ToZero.Convert()).With("tickformat", "d");
        return values.DefaultIfEmpty(0).Max() switch
        {
            <= 5 => axis.With("dtick", 1),
            <= 10 => axis.With("dtick", 2),
            _ => axis,
        };
    }

    /// <summary>A date axis with a tick at each meeting, padded so that the first and last points clear the edges.</summary>
    public static LinearAxis MeetingAxis(IReadOnlyList<DateOnly> meetings) => Axis("Committee meeting")
        .With("type", StyleParam.AxisType.Date.Convert())
        .With("tickmode", StyleParam.TickMode.Array.Convert())
        .With("tickvals", meetings.Select(Iso).ToArray())
        .With("ticktext", meetings.Select(Short).ToArray())
        .With("range", PaddedRange(meetings))
        .With("showgrid", false);

    /// <summary>A date axis with few enough ticks that their labels ("Jun" over "2022") need not be turned on a phone's plot.</summary>
    public static LinearAxis DateAxis(string? title, string tickFormat) => Axis(title)
        .With("type", StyleParam.AxisType.Date.Convert())
        .With("tickformat", tickFormat)
        .With("nticks", 4);

    public static string[] PaddedRange(IReadOnlyList<DateOnly> dates)
    {
        var first = dates.Min();
        var last = dates.Max();
        var padding = Math.Max(30, (last.DayNumber - first.DayNumber) / 8);
        return [Iso(first.AddDays(-padding)), Iso(last.AddDays(padding))];
    }

    /// <summary>
    /// Text broken over lines of at most <paramref name="width"/> characters, at spaces, with Plotly's line break:
    /// a legend entry, axis title or category label that fits a 320 px screen. A word longer than a line keeps its line.
    /// </summary>
    public static string Wrap(string text, int width = 24)
    {
        var lines = new List<string>();
        foreach (var word in text.Split(' '))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= width) lines[^1] += " " + word;
            else lines.Add(word);
        }
        return string.Join("<br>", lines);
    }

    /// <summary>Dates as plotly.js reads them on a date axis.</summary>
    public static string Iso(DateOnly date) => Model.UkDate.Iso(date);

    /// <summary>"30 Jun" over "2022": narrow enough for a tick label that need not be turned on a phone.</summary>
    public static string Short(DateOnly date) => date.ToString("d MMM'<br>'yyyy", CultureInfo.InvariantCulture);

    public static Marker PointMarker(SeriesStyle style, int size = 12) => new Marker()
        .With("color", style.Colour)
        .With("symbol", style.Symbol.Convert())
        .With("size", size)
        .With("line", Outline());

    /// <summary>Bars in their colour, outlined so that each bar has a visible edge.</summary>
    public static Marker BarMarker(IReadOnlyList<SeriesStyle> styles) => new Marker()
        .With("color", Each(styles, s => s.Colour))
        .With("line", Outline());

    /// <summary>Bars' hatching, drawn over their colour, so that bars differ without colour.</summary>
    public static Pattern BarPattern(IReadOnlyList<SeriesStyle> styles) => new Pattern()
        .With("shape", Each(styles, s => s.Pattern.Convert()))
        .With("fillmode", StyleParam.PatternFillMode.Overlay.Convert())
        .With("fgcolor", Each(styles, s => s.PatternColour))
        .With("size", 8)
        .With("solidity", 0.3);

    /// <summary>One value for the trace where every bar looks alike, otherwise one per bar.</summary>
    private static object Each(IReadOnlyList<SeriesStyle> styles, Func<SeriesStyle, object> part) =>
        styles.Distinct().Count() == 1 ? part(styles[0]) : styles.Select(part).ToArray();

    /// <summary>A series' line: its colour and dash, thick enough to tell the dashes apart.</summary>
    public static Line Line(SeriesStyle style) =>
        new Line().With("color", style.Colour).With("width", 3).With("dash", style.Dash.Convert());

    public static Line Outline() => new Line().With("color", ChartStyle.Text).With("width", 1);
}
