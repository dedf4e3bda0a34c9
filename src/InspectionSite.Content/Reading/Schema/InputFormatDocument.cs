using System.Text;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading.Schema;

/// <summary>
/// The office's guide to the input, written from the schemas so that it cannot drift from what the build reads:
/// docs/input-formats.md, and a blank template of each CSV file under docs/templates/.
/// </summary>
public static class InputFormatDocument
{
    public const string DocumentPath = "input-formats.md";
    public const string TemplateFolder = "templates";
    public const string RegenerateCommand = "dotnet run --project src/InspectionSite.Synthetic -- docs --output docs";

    /// <summary>Every file, by its path under docs/.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files() =>
    [
        (DocumentPath, Document()),
        .. InputSchemas.Tables.Select(t => ($"{TemplateFolder}/{t.FileName}", t.Header)),
    ];

    public static string Document()
    {
        var md = new StringBuilder();
        md.Append("# Input formats\n\n")
          .Append($"<!-- Written from the schemas in src/InspectionSite.Content/Reading: do not edit by hand. To write it again: {RegenerateCommand} -->\n\n")
          .Append("Everything the site shows lives in `input/`. CSV files open in Excel; Markdown files in any text editor. ")
          .Append("A blank copy of each CSV file, with its header row, is in [templates/](templates/).\n\n")
          .Append("| File | What it holds |\n|---|---|\n");
        foreach (var (name, description) in Contents()) md.Append($"| [`{name}`](#{Anchor(name)}) | {FirstSentence(description)} |\n");
        md.Append("\nGeneral rules:\n\n")
          .Append($"- **IDs** become web addresses (`/reports/solihull-jtai/`) and must never change once published: {Ids.Rule}.\n")
          .Append($"- **Dates** are day-first: {UkDate.Accepted}. 03/04/2022 is 3 April.\n")
          .Append("- **Lists** inside one cell are separated by semicolons: `Dyfed Powys Police; West Yorkshire Police`.\n")
          .Append("- **Blank means unknown.** Where a paper does not say, leave the cell empty; the site shows \"Not known\".\n")
          .Append("- **Headers** match whatever their case and spacing (`Other forces` is `other_forces`); empty rows and columns after the data are ignored.\n")
          .Append("- CSV may be saved by Excel as \"CSV UTF-8\" or plain \"CSV\" (Windows-1252); a cell may span lines when it is quoted.\n")
          .Append("- **Links** in Markdown to another page of the site start with `/` (`[the report](/reports/solihull-jtai/)`); the build checks them. The words \"Recommendation 9159\" anywhere in Markdown become a link to that item.\n")
          .Append("- Every problem is reported at its `file:line:column`, with what to do about it.\n");
        Document(md, InputSchemas.Site);
        foreach (var table in InputSchemas.Tables) Table(md, table);
        foreach (var document in InputSchemas.Documents) Document(md, document);
        foreach (var body in InputSchemas.Bodies)
            md.Append($"\n## `{body.Name}`\n\n{body.Description}\n\nExample:\n\n```markdown\n{body.Example}\n```\n");
        return md.ToString();
    }

    /// <summary>Every file's name and description, in the order of the sections.</summary>
    private static IEnumerable<(string Name, string Description)> Contents() =>
        new[] { InputSchemas.Site }.Concat<IInputSchema>(InputSchemas.Tables).Concat(InputSchemas.Documents).Select(s => (s.Name, s.Description))
            .Concat(InputSchemas.Bodies.Select(b => (b.Name, b.Description)));

    private static void Table(StringBuilder md, ITableSchema table)
    {
        md.Append($"\n## `{table.Name}`\n\n{table.Description}\n\n");
        Columns(md, table, "Column");
        md.Append($"\nExample:\n\n```csv\n{table.Header}{table.ExampleRow}```\n\nBlank template: [templates/{table.FileName}](templates/{table.FileName})\n");
    }

    private static void Document(StringBuilder md, IDocumentSchema document)
    {
        md.Append($"\n## `{document.Name}`\n\n{document.Description}\n\n");
        Columns(md, document, "Field");
        md.Append($"\nExample:\n\n```yaml\n{Example(document)}```\n");
    }

    /// <summary>A file of the kind with every field's example value.</summary>
    public static string Example(IDocumentSchema document)
    {
        var fields = string.Concat(document.Columns.Where(f => f.Example.Length > 0).Select(f => $"{f.Name}: {Yaml(f.Example)}\n"));
        return document.HasBody ? $"---\n{fields}---\n\nThe text, in Markdown.\n" : fields;
    }

    private static void Columns(StringBuilder md, IInputSchema schema, string heading)
    {
        md.Append($"| {heading} | Required | Format | Description |\n|---|---|---|---|\n");
        foreach (var column in schema.Columns)
        {
            var format = column.Converter.Allowed is { Count: > 0 } allowed
                ? "One of: " + string.Join(", ", allowed.Select(a => $"`{a.Name}` ({a.Label})"))
                : column.Converter.Format;
            var description = column.Guidance is { } guidance ? $"{column.Description} {guidance}" : column.Description;
            md.Append($"| `{column.Name}` | {(column.Required ? "yes" : "no")} | {Cell(format)} | {Cell(description)} |\n");
        }
    }

    /// <summary>A YAML value as an editor would write it: text in double quotes, dates, numbers and lists as they are.</summary>
    private static string Yaml(string value) =>
        value.StartsWith('[') || value.StartsWith('{') || value.All(c => char.IsAsciiDigit(c) || c == '-') && !value.StartsWith('0') ? value : $"\"{value.Replace("\"", "\\\"")}\"";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("<", "&lt;");

    private static string FirstSentence(string text) => Cell(text.Split(". ")[0].TrimEnd('.') + ".");

    /// <summary>GitHub's anchor for a heading of the file's name.</summary>
    private static string Anchor(string name) => new string(name.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
}
