using CsvHelper;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Reading.Schema;

namespace InspectionSite.Content.Reading;

/// <summary>
/// Reads a CSV file as Excel writes it, with CsvHelper. Checks the header against the schema, skips
/// empty rows and columns, and returns only the rows whose every cell could be read; the others are reported.
/// </summary>
public static class CsvTableReader
{
    public static IReadOnlyList<TModel> Read<TModel>(string text, CsvReadContext context, TableSchema<TModel> schema) where TModel : class
    {
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MaxRecordSize = InputLimits.MaxCsvRecordBytes,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => context.Report(new SourceLocation(context.File, (int)bad.LineNumber, 1),
                $"A quotation mark is out of place in this row ({bad.Reason}).",
                "Put the whole cell in double quotes and write any quotation mark inside it twice (\"\")."),
        };
        using var csv = CsvReader.Create(new StringReader(text), options);

        context.StartRecord(1);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            context.Report(context.RecordStart, "The file has no header row.", $"Start the file with a header row: {string.Join(",", schema.Columns.Select(c => c.Name))}.");
            return [];
        }
        var columns = ReadHeader(header, context, schema);
        if (columns is null) return [];
        context.UseHeader(columns);

        var records = new List<TModel>();
        try
        {
            ReadRecords(csv, context, schema, header, columns, records);
        }
        catch (CsvFormatException e)
        {
            context.Report(new SourceLocation(context.File, (int)Math.Max(1, e.LineNumber), 1),
                "A row is too long to be a real row: probably a quotation mark opens a cell and is never closed.",
                "Close the quotation mark at the end of the cell, or remove it.");
        }
        return records;
    }

    private static void ReadRecords<TModel>(CsvReader csv, CsvReadContext context, TableSchema<TModel> schema, string[] header,
        Dictionary<string, int> columns, List<TModel> records) where TModel : class
    {
        // Each schema column's position in this file's header; 0 where the file lacks the column.
        var positions = schema.Columns.Select(c => columns.GetValueOrDefault(c.Name)).ToArray();
        while (csv.Read())
        {
            context.StartRecord((int)csv.LineNumber);
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
            if (cells.All(string.IsNullOrWhiteSpace)) continue; // Excel leaves empty rows after the data.

            CheckCellCount(cells, header.Length, context);
            var values = ReadCells(cells, positions, schema, context);
            if (!context.RecordHasErrors) records.Add(schema.Create(values, context.RecordStart));
            else if (columns.TryGetValue("id", out var idColumn) && idColumn <= cells.Length) context.UnreadIds.Add(cells[idColumn - 1].Trim());
        }
    }

    /// <summary>Each column's value; a cell that cannot be read is reported and read as blank.</summary>
    private static object?[] ReadCells<TModel>(string[] cells, int[] positions, TableSchema<TModel> schema, CsvReadContext context) where TModel : class
    {
        var values = new object?[positions.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var column = schema.Columns[i];
            var at = positions[i];
            var text = at > 0 && at <= cells.Length ? cells[at - 1].Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                if (column.Required) context.Report(column.Name, $"The '{column.Name}' cell is empty.", $"Fill in the '{column.Name}' column; it is required.");
                values[i] = column.Blank;
            }
            else values[i] = column.Read(text, context);
        }
        return values;
    }

    /// <summary>Maps each known column to its 1-based position; null when the header is unusable.</summary>
    private static Dictionary<string, int>? ReadHeader<TModel>(string[] header, CsvReadContext context, TableSchema<TModel> schema) where TModel : class
    {
        var names = schema.Columns.Select(c => c.Name).ToList();
        var known = names.ToHashSet();
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = HeaderName.Normalise(header[i]);
            var at = new SourceLocation(context.File, 1, i + 1);
            if (name.Length == 0) continue; // Excel leaves empty columns after the data.
            if (!known.Contains(name))
                context.Report(at, $"Unknown column '{header[i].Trim()}'.", $"Rename it to one of: {string.Join(", ", names)}; or delete the column.");
            else if (!columns.TryAdd(name, i + 1))
                context.Report(at, $"The column '{name}' appears twice.", "Delete one of the two columns.");
        }
        var missing = schema.Columns.Where(c => c.Required && !columns.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        foreach (var column in missing)
            context.Report(new SourceLocation(context.File, 1, 1), $"The required column '{column}' is missing.", $"Add a column headed '{column}' to the first row.");
        return missing.Count == 0 && !context.RecordHasErrors ? columns : null;
    }

    private static void CheckCellCount(string[] cells, int headerLength, CsvReadContext context)
    {
        var used = cells.Length;
        while (used > headerLength && string.IsNullOrWhiteSpace(cells[used - 1])) used--;
        if (used > headerLength)
            context.Report(new SourceLocation(context.File, context.Line, headerLength + 1),
                $"This row has {used} cells but the header has {headerLength} columns.",
                "A cell probably holds a comma without quotes, or the row came from a file with more columns: put that cell in double quotes, delete the extra cell, or add the missing column heading.");
        else if (cells.Length < headerLength)
            context.Report(new SourceLocation(context.File, context.Line, Math.Max(1, cells.Length)),
                $"This row has {cells.Length} cells but the header has {headerLength} columns.",
                "Add the missing cells (a comma for each empty one), or check for a line break outside quotes.");
    }
}

/// <summary>Header names match whatever the case and spacing: "Other forces" is other_forces.</summary>
public static class HeaderName
{
    public static string Normalise(string header) =>
        string.Join('_', header.Trim().ToLowerInvariant().Split([' ', '_', '-', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
