using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;

namespace InspectionSite.Publishing;

/// <summary>
/// Writes each open-data table as CSV and as JSON, and datapackage.json (Frictionless Data, v1)
/// describing every column of every CSV file, all from the one definition in <see cref="OpenDataTables"/>.
/// </summary>
public static class OpenDataFiles
{
    public const string DescriptorFile = "datapackage.json";

    /// <summary>
    /// JSON with one row to a line: readable, and the same text for a row wherever it stands. These are files, never
    /// embedded in a page, so quotes and accents need no escaping.
    /// </summary>
    private static readonly JsonWriterOptions RowJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = RowJson with { Indented = true, NewLine = "\n" };

    /// <summary>
    /// Each table's files, made once per table object: the preview passes in again, build after build, the
    /// tables that nothing it changed is written in (<see cref="OpenDataTables.Of"/>), and so makes only the others.
    /// </summary>
    private static readonly ConditionalWeakTable<DataTable, TableFiles> Made = new();

    /// <summary>
    /// Each row's CSV record and JSON object, made once per row object: a table made again keeps the row objects
    /// whose values are unchanged (<see cref="OpenDataTables.Of"/>), so that after a one-row edit only that row is written again.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<object?>, RowText> RowTexts = new();

    /// <summary>The JSON file's brackets and the separator between its rows, shared by every table's file.</summary>
    private static readonly ReadOnlyMemory<byte> JsonStart = "[\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> JsonSeparator = ",\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> JsonEnd = "]\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> JsonEndAfterRows = "\n]\n"u8.ToArray();

    private sealed record TableFiles(OutputFile Csv, OutputFile Json, string CsvHash);

    private sealed record RowText(byte[] Csv, byte[] Json);

    public static IReadOnlyList<OutputFile> Of(SiteModel site, IReadOnlyList<DataTable> tables)
    {
        var made = new TableFiles[tables.Count];
        Parallel.For(0, tables.Count, i => made[i] = Made.GetValue(tables[i], FilesOf)); // the two large tables on both cores
        var files = tables.Zip(made).ToDictionary(x => x.First, x => x.Second);
        return tables.SelectMany(t => new[] { files[t].Csv, files[t].Json })
            .Append(Descriptor(site, tables, files))
            .ToList();
    }

    /// <summary>
    /// The CSV file is UTF-8 with a byte-order mark, so that Excel shows accented letters and dashes correctly;
    /// the JSON file is an array with one object per row, keyed by the CSV's column names. Each is kept in parts, a row's
    /// text to a part, which the next build shares for the rows it did not change.
    /// </summary>
    private static TableFiles FilesOf(DataTable table)
    {
        using var writer = new RowWriter(table.Columns);
        var rows = table.Rows.Select(row => RowTexts.GetValue(row, writer.Write)).ToList();
        var csv = new List<ReadOnlyMemory<byte>>(rows.Count + 1) { (byte[])[.. Encoding.UTF8.Preamble, .. writer.CsvRecord(table.Columns.Select(c => c.Name))] };
        foreach (var row in rows) csv.Add(row.Csv);
        var json = new List<ReadOnlyMemory<byte>>(2 * rows.Count + 1) { JsonStart };
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0) json.Add(JsonSeparator);
            json.Add(rows[i].Json);
        }
        json.Add(rows.Count > 0 ? JsonEndAfterRows : JsonEnd);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in csv) hash.AppendData(part.Span);
        return new TableFiles(new OutputFile(table.CsvPath.TrimStart('/'), csv), new OutputFile(table.JsonPath.TrimStart('/'), json),
            Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>
    /// Writes rows one at a time. A text cell that a spreadsheet would run as a formula (one starting with =, +, - or @)
    /// gets CsvHelper's escape in front, so that it opens as the text the papers wrote; the JSON keeps it as written,
    /// with unknown as null and lists as arrays.
    /// </summary>
    private sealed class RowWriter(IReadOnlyList<DataColumn> columns) : IDisposable
    {
        private readonly StringWriter _text = new();
        private readonly ArrayBufferWriter<byte> _bytes = new();
        private CsvWriter? _csv;
        private Utf8JsonWriter? _json;

        public RowText Write(IReadOnlyList<object?> row) => new(CsvRecord(row.Select(CsvText)), JsonObject(row));

        public byte[] CsvRecord(IEnumerable<string> fields)
        {
            _csv ??= CsvWriter.Create(_text, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
            foreach (var field in fields) _csv.WriteField(field);
            _csv.EndRecord();
            _csv.Flush();
            var record = _text.GetStringBuilder();
            var bytes = Encoding.UTF8.GetBytes(record.ToString());
            record.Clear();
            return bytes;
        }

        private byte[] JsonObject(IReadOnlyList<object?> row)
        {
            _bytes.ResetWrittenCount();
            if (_json is null) _json = new Utf8JsonWriter(_bytes, RowJson);
            else _json.Reset(_bytes);
            _json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                _json.WritePropertyName(columns[i].Name);
                WriteValue(_json, row[i]);
            }
            _json.WriteEndObject();
            _json.Flush();
            return _bytes.WrittenSpan.ToArray();
        }

        public void Dispose()
        {
            _csv?.Dispose();
            _json?.Dispose();
        }
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "yes" : "no",
        DateOnly date => UkDate.Iso(date),
        IReadOnlyList<string> list => string.Join("; ", list),
        _ => (string)value,
    };

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
        json.WriteNumber("bytes", files.Csv.Length);
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
