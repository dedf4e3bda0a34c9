using System.Globalization;
using InspectionSite.Content.Charts.Plotly;

namespace InspectionSite.Content.Charts;

/// <summary>What every figure shares: the site's font, white ground, legend above the plot, labelled axes.</summary>
internal static class FigureLook
{
    private const string FontFamily = "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif";

    /// <summary>A still picture with no buttons, hover or zoom: the table next to it carries the numbers.</summary>
    public static Config Config { get; } = new() { StaticPlot = true, Responsive = true, DisplayModeBar = false, DisplayLogo = false };

    public static Layout Layout(Axis x, Axis y, int height, bool showLegend, BarMode? barMode = null) => new()
    {
        XAxis = x,
        YAxis = y,
        BarMode = barMode,
        Height = height,
        ShowLegend = showLegend,
        // "normal" keeps the legend in series order; Plotly otherwise reverses it for stacked bars.
        Legend = showLegend ? new Legend { Orientation = Orientation.Horizontal, X = 0, Y = 1.02, XAnchor = "left", YAnchor = "bottom", TraceOrder = "normal" } : null,
        Margin = new Margin(L: 60, R: 30, T: showLegend ? 50 : 20, B: 60),
        Font = new Font(FontFamily, 14, ChartStyle.Text),
        PaperBackgroundColor = "#ffffff",
        PlotBackgroundColor = "#ffffff",
    };

    public static Axis Axis(string title) => new()
    {
        Title = new Title(title),
        AutoMargin = true,
        ShowLine = true,
        LineColor = ChartStyle.Text,
        GridColor = ChartStyle.Grid,
        ZeroLine = false,
    };

    /// <summary>A count axis from zero, in whole numbers: a tick at every unit while the counts are small.</summary>
    public static Axis CountAxis(string title, IEnumerable<int> values)
    {
        var max = values.DefaultIfEmpty(0).Max();
        return Axis(title) with { RangeMode = RangeMode.ToZero, TickFormat = "d", DTick = max <= 10 ? 1 : null };
    }

    /// <summary>A date axis with a tick at each meeting, padded so that the first and last points clear the edges.</summary>
    public static Axis MeetingAxis(IReadOnlyList<DateOnly> meetings) => Axis("Committee meeting") with
    {
        Type = AxisType.Date,
        TickMode = TickMode.Array,
        TickVals = DataArray.Of(meetings),
        TickText = meetings.Select(Short).ToList(),
        Range = PaddedRange(meetings),
        ShowGrid = false,
    };

    public static DataArray PaddedRange(IReadOnlyList<DateOnly> dates)
    {
        var first = dates.Min();
        var last = dates.Max();
        var padding = Math.Max(30, (last.DayNumber - first.DayNumber) / 8);
        return DataArray.Of([first.AddDays(-padding), last.AddDays(padding)]);
    }

    /// <summary>"30 Jun 2022": short enough for a tick label.</summary>
    public static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static Marker PointMarker(SeriesStyle style) => new()
    {
        Color = style.Colour,
        Symbol = style.Symbol,
        Size = 12,
        Line = new Line { Color = ChartStyle.Text, Width = 1 },
    };

    /// <summary>Bars in their colour and hatching, outlined so that each bar has a visible edge.</summary>
    public static Marker BarMarker(IReadOnlyList<SeriesStyle> styles)
    {
        // One value for the trace where every bar looks alike, otherwise one per bar.
        var alike = styles.Distinct().Count() == 1;
        ArrayOk<T> Each<T>(Func<SeriesStyle, T> part) => alike ? part(styles[0]) : ArrayOk<T>.PerPoint(styles.Select(part));
        return new Marker
        {
            Color = Each(s => s.Colour),
            Line = new Line { Color = ChartStyle.Text, Width = 1 },
            Pattern = new Pattern
            {
                Shape = Each(s => s.Pattern),
                FgColor = Each(s => s.PatternColour),
                FillMode = PatternFillMode.Overlay,
                Size = 8,
                Solidity = 0.3,
            },
        };
    }
}
