using InspectionSite.Content.OpenData;

namespace InspectionSite.Content.Reading.Schema;

/// <summary>The lists of the site that show a column's value, beside the row's own page.</summary>
[Flags]
public enum SiteLists
{
    None = 0,
    Inspections = 1,
    Reports = 2,

    /// <summary>The tables of items: on the recommendations page, on each report's and topic's page, in the charts.</summary>
    Items = 4,
}

/// <summary>
/// One column of an input table (or field of a front matter): its name as the header writes it, the converter that
/// reads and writes its cells, a plain-English description and an example for the office, and where its value
/// lives in the model.
/// </summary>
public abstract class Column(string name, string description, string example)
{
    public string Name { get; } = name;

    /// <summary>What it holds, in plain English; the open data's description of the column too.</summary>
    public string Description { get; } = description;

    /// <summary>Advice for the office beyond the description (the published data does not carry it).</summary>
    public string? Guidance { get; init; }

    /// <summary>A value as an editor would write it, for the example row.</summary>
    public string Example { get; } = example;

    /// <summary>Whether the column must be present and every cell filled in.</summary>
    public bool Required { get; init; }

    public SiteLists ListedIn { get; init; }

    /// <summary>The table whose IDs its values are, for the open data's foreign keys.</summary>
    public string? References { get; init; }

    /// <summary>Its position in its table, set once by the table.</summary>
    internal int Index { get; set; } = -1;

    public abstract Converter Converter { get; }
}

/// <summary>A column of the input that fills a field of <typeparamref name="TModel"/>.</summary>
public abstract class Column<TModel>(string name, string description, string example) : Column(name, description, example)
{
    internal abstract object? Blank { get; }

    internal abstract object? Read(string text, CsvReadContext context);

    internal abstract object? ReadField(FrontMatterDocument document);

    /// <summary>The cell an editor would write for the model's value; null for an empty one.</summary>
    public abstract string? Text(TModel model);

    /// <summary>The model's value as the open data publishes it.</summary>
    public abstract object? Data(TModel model);

    /// <summary>Whether two models hold the same value in this column.</summary>
    public abstract bool Same(TModel a, TModel b);

    /// <summary>A cell's text read as this column reads it and written back as the column writes it, so that it compares with <see cref="Text"/>; problems go to <paramref name="context"/>.</summary>
    internal abstract string? Rewrite(string text, CsvReadContext context);
}

public sealed class Column<TModel, TValue>(string name, Converter<TValue> converter, Func<TModel, TValue> get, string description, string example)
    : Column<TModel>(name, description, example)
{
    public override Converter Converter => converter;

    public Func<TModel, TValue> Get { get; } = get;

    internal override object? Blank => converter.Blank;

    internal override object? Read(string text, CsvReadContext context) => converter.Read(text, Name, context);

    internal override object? ReadField(FrontMatterDocument document) => converter.ReadField(document, Name, Required);

    public override string? Text(TModel model) => converter.Write(Get(model));

    public override object? Data(TModel model) => converter.Data(Get(model));

    public override bool Same(TModel a, TModel b) => converter.Same(Get(a), Get(b));

    internal override string? Rewrite(string text, CsvReadContext context) => converter.Write(converter.Read(text, Name, context));
}

/// <summary>The values read from one row or front matter, in the schema's column order.</summary>
public readonly struct Row(object?[] values)
{
    public TValue Get<TModel, TValue>(Column<TModel, TValue> column) => (TValue)values[column.Index]!;
}

/// <summary>One file (or kind of file) of the input, as the input-format document describes it.</summary>
public interface IInputSchema
{
    /// <summary>The file's name, as the office sees it: "inspections.csv", "meetings/&lt;id&gt;.md".</summary>
    string Name { get; }

    string Description { get; }

    IReadOnlyList<Column> Columns { get; }
}

/// <summary>What the table schemas and front-matter schemas share: their columns, in order.</summary>
public abstract class Schema<TModel> : IInputSchema
{
    protected Schema(string name, string description, IReadOnlyList<Column<TModel>> columns)
    {
        Name = name;
        Description = description;
        Columns = columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Index >= 0) throw new InvalidOperationException($"The column '{columns[i].Name}' belongs to another table.");
            columns[i].Index = i;
        }
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<Column<TModel>> Columns { get; }

    IReadOnlyList<Column> IInputSchema.Columns => Columns;

    /// <summary>The columns up to and including <paramref name="name"/>, and those after it: where a published table puts columns of its own.</summary>
    public (IReadOnlyList<Column<TModel>> Through, IReadOnlyList<Column<TModel>> After) SplitAfter(string name)
    {
        var at = Columns.ToList().FindIndex(c => c.Name == name) + 1;
        return (Columns.Take(at).ToList(), Columns.Skip(at).ToList());
    }

    /// <summary>Whether two models are the same in every column, or in every column some list shows.</summary>
    public bool Same(TModel a, TModel b, bool listedOnly = false)
    {
        foreach (var column in Columns)
            if ((!listedOnly || column.ListedIn != SiteLists.None) && !column.Same(a, b)) return false;
        return true;
    }
}
