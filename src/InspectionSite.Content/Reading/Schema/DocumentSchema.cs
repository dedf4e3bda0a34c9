using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Schema;

/// <summary>The front matter of a kind of Markdown file, or a YAML file, whatever it is read into.</summary>
public interface IDocumentSchema : IInputSchema
{
    bool HasBody { get; }
}

/// <summary>
/// The front matter of one kind of Markdown file (or a YAML file such as site.yml): its fields, and how their values
/// make a model record. Unknown fields are reported; each field is read with the line and column of its key.
/// </summary>
public sealed class DocumentSchema<TModel>(string name, string description, IReadOnlyList<Column<TModel>> fields, Func<string, Row, FrontMatterDocument, TModel> create)
    : Schema<TModel>(name, description, fields), IDocumentSchema
{
    /// <summary>Whether the file has a Markdown text below its front matter.</summary>
    public bool HasBody { get; init; } = true;

    /// <summary>Whether a model is made even when a field could not be read (site.yml, whose fields have fallbacks).</summary>
    public bool KeptWhenInvalid { get; init; }

    /// <summary>The model, or null when a field could not be read (each problem is reported).</summary>
    public TModel? Read(string id, FrontMatterDocument document)
    {
        document.RejectUnknownFields([.. Columns.Select(c => c.Name)]);
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Columns[i].ReadField(document);
        var model = create(id, new Row(values), document);
        return document.HasErrors && !KeptWhenInvalid ? default : model;
    }
}

/// <summary>A Markdown file that is only a body, such as reports/&lt;id&gt;.md: the row of the same ID in its table gets it.</summary>
public sealed record BodySchema(string Name, string Description, string Example);
