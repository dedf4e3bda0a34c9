using InspectionSite.Content.Model;
using Plotly.NET;

namespace InspectionSite.Content.Charts;

/// <summary>
/// How one series looks. Colour is never the only difference: each style also has its own hatching
/// (bars), marker shape and dash (lines), so series differ in greyscale and for colour-blind readers.
/// </summary>
public sealed record SeriesStyle(string Colour, StyleParam.PatternShape Pattern, string PatternColour, StyleParam.MarkerSymbol Symbol, StyleParam.DrawingStyle Dash);

/// <summary>
/// The Okabe–Ito colours, which stay distinct under the common colour-vision deficiencies. Lines use only
/// those with at least 3:1 contrast on white (WCAG 1.4.11); bars are outlined in near-black, so every bar
/// has a visible edge whatever its fill.
/// </summary>
public static class ChartStyle
{
    public const string Text = "#0b0c0c";
    public const string Grid = "#d9d9d9";

    private static readonly SeriesStyle Blue = new("#0072B2", StyleParam.PatternShape.None, "#ffffff", StyleParam.MarkerSymbol.Circle, StyleParam.DrawingStyle.Solid);
    private static readonly SeriesStyle Vermillion = new("#D55E00", StyleParam.PatternShape.DiagonalAscending, "#ffffff", StyleParam.MarkerSymbol.Square, StyleParam.DrawingStyle.Dash);
    private static readonly SeriesStyle Black = new("#000000", StyleParam.PatternShape.HorizontalLines, "#ffffff", StyleParam.MarkerSymbol.Diamond, StyleParam.DrawingStyle.Dot);
    private static readonly SeriesStyle BluishGreen = new("#009E73", StyleParam.PatternShape.Dots, "#000000", StyleParam.MarkerSymbol.TriangleUp, StyleParam.DrawingStyle.DashDot);
    private static readonly SeriesStyle ReddishPurple = new("#CC79A7", StyleParam.PatternShape.DiagonalChecked, "#000000", StyleParam.MarkerSymbol.X, StyleParam.DrawingStyle.LongDash);
    private static readonly SeriesStyle Orange = new("#E69F00", StyleParam.PatternShape.DiagonalDescending, "#000000", StyleParam.MarkerSymbol.Star, StyleParam.DrawingStyle.Solid);

    /// <summary>For what is not known: white, hatched in grey.</summary>
    public static readonly SeriesStyle NotKnown = new("#ffffff", StyleParam.PatternShape.HorizontalLines, "#484949", StyleParam.MarkerSymbol.Circle, StyleParam.DrawingStyle.Dot);

    /// <summary>For items not reported lately: white, dotted in grey, unlike both a status and "not known".</summary>
    public static readonly SeriesStyle NotReportedRecently = NotKnown with { Pattern = StyleParam.PatternShape.Dots, Symbol = StyleParam.MarkerSymbol.Square };

    public static SeriesStyle Of(ItemKind kind) => kind switch
    {
        ItemKind.Recommendation => Blue,
        ItemKind.AreaForImprovement => Vermillion,
        _ => Black,
    };

    /// <summary>A paper's totals of a kind counted by heading look unlike those counted otherwise.</summary>
    public static SeriesStyle Of(ItemKind kind, CountedAs unit) => unit == CountedAs.Headings ? BluishGreen : Of(kind);

    public static SeriesStyle Of(ItemStatus? status) => status switch
    {
        ItemStatus.Open => Blue,
        ItemStatus.EvidenceGathering => Orange,
        ItemStatus.SignedOffByForce => BluishGreen,
        ItemStatus.SignedOffByHmicfrs => ReddishPurple,
        ItemStatus.NoFurtherAction => Black,
        _ => NotKnown,
    };

    /// <summary>Red, amber and green, hatched differently; the bars are labelled in words too.</summary>
    public static SeriesStyle Of(Rag? rag) => rag switch
    {
        Rag.Red => Vermillion with { Pattern = StyleParam.PatternShape.DiagonalChecked },
        Rag.Amber => Orange with { Pattern = StyleParam.PatternShape.DiagonalAscending },
        Rag.Green => BluishGreen,
        _ => NotKnown,
    };

    /// <summary>Two sides of a comparison, such as the previous meeting and this one.</summary>
    public static SeriesStyle Before => Orange;

    public static SeriesStyle After => Blue;

    /// <summary>Events on a timeline, one style per kind of event.</summary>
    public static SeriesStyle Event(int index) => new[] { Blue, Vermillion, BluishGreen, ReddishPurple }[index % 4];
}
