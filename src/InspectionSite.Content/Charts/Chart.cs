using Plotly.NET;

namespace InspectionSite.Content.Charts;

/// <summary>
/// A chart as a page shows it: a title, a one-sentence summary computed from the data, and, when there
/// is something to draw, the Plotly.NET figure and a table of the same numbers for readers who cannot see it.
/// When there is nothing to draw, the summary says so and there is neither figure nor table.
/// </summary>
public sealed record Chart
{
    private Chart(string id, string title, string summary, DrawnFigure? figure, ChartTable? table) =>
        (Id, Title, Summary, Figure, Table) = (id, title, summary, figure, table);

    /// <summary>Unique within its page; the figure's JSON is published under <c>{Id}-figure</c>.</summary>
    public string Id { get; }

    public string Title { get; }

    public string Summary { get; }

    public DrawnFigure? Figure { get; }

    public ChartTable? Table { get; }

    public bool IsDrawn => Figure is not null;

    public static Chart Drawn(string id, string title, string summary, GenericChart figure, ChartTable table) =>
        new(id, title, summary, DrawnFigure.Of(figure), table);

    public static Chart Drawn(string id, string title, string summary, DrawnFigure figure, ChartTable table) =>
        new(id, title, summary, figure, table);

    /// <summary>Nothing to draw: the sentence says why, in place of a chart.</summary>
    public static Chart NotDrawn(string id, string title, string sentence) => new(id, title, sentence, null, null);
}

/// <summary>
/// A chart's Plotly.NET figure and its JSON as the page carries it (<see cref="FigureJson"/>), written once however
/// many pages show it.
/// </summary>
public sealed record DrawnFigure(GenericChart Plotly, string Json)
{
    public static DrawnFigure Of(GenericChart figure) => new(figure, FigureJson.Of(figure));
}

/// <summary>The numbers behind a chart. The first column heads the row headers.</summary>
public sealed record ChartTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<ChartRow> Rows)
{
    /// <summary>The heading of a last column of links to where the reader finds what each row counts, when rows have them.</summary>
    public string? LinksColumn { get; init; }
}

public sealed record ChartRow(string Header, IReadOnlyList<string> Cells)
{
    public IReadOnlyList<ChartLink> Links { get; init; } = [];
}

/// <summary>A link from a row of a chart's table to a page that lists what the row counts; <see cref="Href"/> is ready to use.</summary>
public sealed record ChartLink(string Text, string Href);
