using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;

namespace InspectionSite.Publishing;

/// <summary>
/// Writes each open-data table as CSV and as JSON, and datapackage.json (Frictionless Data, v1)
/// describing every column of every CSV file, all from the one definition in <see cref="OpenDataTables"/>.
/// </summary>
public static class OpenDataFiles
{
    public const string DescriptorFile = "datapackage.json";

    /// <summary>Readable JSON: these are files, never embedded in a page, so quotes and accents need no escaping.</summary>
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Each table's files, made once per table object: the preview passes in again, build after build, the
    /// tables that nothing it changed is written in (<see cref="OpenDataTables.Of"/>), and so makes only the others.
    /// </summary>
    private static readonly ConditionalWeakTable<DataTable, TableFiles> Made = new();

    private sealed record TableFiles(OutputFile Csv, OutputFile Json, string CsvHash);

    public static IReadOnlyList<OutputFile> Of(SiteModel site, IReadOnlyList<DataTable> tables)
    {
        var made = new TableFiles[tables.Count];
        Parallel.For(0, tables.Count, i => made[i] = Made.GetValue(tables[i], FilesOf)); // the two large tables on both cores
        var files = tables.Zip(made).ToDictionary(x => x.First, x => x.Second);
        return tables.SelectMany(t => new[] { files[t].Csv, files[t].Json })
            .Append(Descriptor(site, tables, files))
            .ToList();
    }

    private static TableFiles FilesOf(DataTable table)
    {
        var csv = Csv(table);
        return new TableFiles(csv, Json(table), Convert.ToHexStringLower(SHA256.HashData(csv.Content)));
    }

    /// <summary>
    /// UTF-8 with a byte-order mark, so that Excel shows accented letters and dashes correctly. A text cell that a
    /// spreadsheet would run as a formula (one starting with =, +, - or @) gets CsvHelper's escape in front, so that
    /// it opens as the text the papers wrote.
    /// </summary>
    private static OutputFile Csv(DataTable table)
    {
        using var bytes = new MemoryStream();
        using (var writer = CsvWriter.Create(bytes, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var column in table.Columns) writer.WriteField(column.Name);
            writer.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row) writer.WriteField(CsvText(value));
                writer.EndRecord();
            }
        }
        return new OutputFile(table.CsvPath.TrimStart('/'), bytes.ToArray());
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "yes" : "no",
        DateOnly date => UkDate.Iso(date),
        IReadOnlyList<string> list => string.Join("; ", list),
        _ => (string)value,
    };

    /// <summary>An array with one object per row, keyed by the CSV's column names; unknown is null, lists are arrays.</summary>
    private static OutputFile Json(DataTable table)
    {
        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes, Indented))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i].Name);
                    WriteValue(json, row[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return new OutputFile(table.JsonPath.TrimStart('/'), bytes.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case DateOnly date: json.WriteStringValue(UkDate.Iso(date)); break;
            case IReadOnlyList<string> list:
                json.WriteStartArray();
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue((string)value); break;
        }
    }

    private static OutputFile Descriptor(SiteModel site, IReadOnlyList<DataTable> tables, IReadOnlyDictionary<DataTable, TableFiles> files)
    {
        var info = site.Info;
        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes, Indented))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", PackageName(info.Title));
            json.WriteString("title", info.Title);
            if (info.Description is { } description) json.WriteString("description", description);
            if (site.Routes.Absolute(Routes.Data) is { } homepage) json.WriteString("homepage", homepage);
            if (info.DataLicence is { } licence && info.DataLicenceUrl is { } licenceUrl)
            {
                json.WriteStartArray("licenses");
                json.WriteStartObject();
                json.WriteString("path", licenceUrl);
                json.WriteString("title", licence);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartArray("contributors");
            json.WriteStartObject();
            json.WriteString("title", info.Organisation);
            json.WriteString("role", "publisher");
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("resources");
            foreach (var table in tables) WriteResource(json, table, files[table]);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return new OutputFile(Routes.DataFile(DescriptorFile).TrimStart('/'), bytes.ToArray());
    }

    private static void WriteResource(Utf8JsonWriter json, DataTable table, TableFiles files)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", table.Name);
        json.WriteString("path", Path.GetFileName(table.CsvPath));
        json.WriteString("title", table.Title);
        json.WriteString("description", table.Description);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", files.Csv.Content.Length);
        json.WriteString("hash", "sha256:" + files.CsvHash);

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns) WriteField(json, column);
        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        if (table.PrimaryKey.Count == 1) json.WriteString("primaryKey", table.PrimaryKey[0]);
        else WriteArray(json, "primaryKey", table.PrimaryKey);
        var references = table.Columns.Where(c => c.References is not null).ToList();
        if (references.Count > 0)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var column in references)
            {
                json.WriteStartObject();
                json.WriteString("fields", column.Name);
                json.WriteStartObject("reference");
                json.WriteString("resource", column.References);
                json.WriteString("fields", "id");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, DataColumn column)
    {
        json.WriteStartObject();
        json.WriteString("name", column.Name);
        json.WriteString("type", column.Type switch
        {
            DataType.Date => "date",
            DataType.Boolean => "boolean",
            _ => "string",
        });
        json.WriteString("description", column.Description);
        if (column.Type == DataType.Boolean)
        {
            WriteArray(json, "trueValues", ["yes"]);
            WriteArray(json, "falseValues", ["no"]);
        }
        if (column.Required || column.AllowedValues is not null)
        {
            json.WriteStartObject("constraints");
            if (column.Required) json.WriteBoolean("required", true);
            if (column.AllowedValues is { } allowed) WriteArray(json, "enum", allowed);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string property, IReadOnlyList<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names) json.WriteStringValue(name);
        json.WriteEndArray();
    }

    /// <summary>A Frictionless package name: lower-case letters, digits and hyphens.</summary>
    private static string PackageName(string title)
    {
        var name = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return string.Join('-', name.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
