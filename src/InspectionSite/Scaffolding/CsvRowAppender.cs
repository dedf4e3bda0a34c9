using System.Text;
using CsvHelper;

namespace InspectionSite.Scaffolding;

/// <summary>
/// Adds one row to an input CSV file as Excel or a text editor left it: the byte order mark, the line endings and every
/// existing byte stay as they were. Refuses, changing nothing, when Excel holds the file open or the ID is taken.
/// </summary>
public static class CsvRowAppender
{
    /// <summary>
    /// Appends a row holding <paramref name="values"/> (by column name; the rest empty), or says why not. With
    /// <paramref name="write"/> false it only says whether it could.
    /// </summary>
    public static string? Append(string path, string display, string id, IReadOnlyDictionary<string, string> values, bool write = true)
    {
        if (!File.Exists(path)) return $"{display}: the file is missing. Fix: check the --input folder, or create the file with its header row (docs/templates/).";
        if (ExcelLockFile(path) is { } lockFile)
            return $"{display}: the file is open in Excel ({Path.GetFileName(lockFile)} is beside it), so a row added now would be lost when Excel saves. Fix: save and close the file in Excel, then run the command again.";
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return $"{display}: another program holds the file open. Fix: close it (Excel, a text editor) and run the command again.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"{display}: the file cannot be written (it is read-only, or you lack permission). Fix: make it writable and run the command again.";
        }
        using (stream)
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var text = Content.Reading.SourceText.Decode(bytes);
            var (header, takenAt) = Read(text, id);
            if (header.Count == 0) return $"{display}: the file has no header row. Fix: add the header row (see docs/input-formats.md).";
            if (takenAt is { } line) return $"{display}:{line}:1: the ID '{id}' is already taken. Fix: choose another ID, or edit that row.";
            if (!write) return null;
            var newline = DetectNewline(bytes);
            var row = string.Join(',', header.Select(column => Quote(values.GetValueOrDefault(column, ""))));
            var ending = bytes.Length == 0 || bytes[^1] == (byte)'\n' ? "" : bytes[^1] == (byte)'\r' ? newline[1..] : newline;
            var added = Encoding.UTF8.GetBytes(ending + row + newline);
            stream.Seek(0, SeekOrigin.End);
            stream.Write(added);
            return null;
        }
    }

    /// <summary>
    /// Excel marks a file it has open with "~$" and the file's name beside it (for a long name, "~$" over its first two
    /// letters); on Linux and macOS the only sign of Excel on a shared folder is that file.
    /// </summary>
    public static string? ExcelLockFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var name = Path.GetFileName(path);
        return new[] { "~$" + name, name.Length > 2 ? "~$" + name[2..] : null }
            .OfType<string>().Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
    }

    /// <summary>The file's header, or null if there is no such file or it has no header. Only the first record is read.</summary>
    public static IReadOnlyList<string>? HeaderOf(string path)
    {
        if (!File.Exists(path)) return null;
        using var reader = Open(Content.Reading.SourceText.Decode(File.ReadAllBytes(path)));
        var header = HeaderOf(reader);
        return header.Length == 0 ? null : header;
    }

    private static CsvReader Open(string text) =>
        CsvReader.Create(new StringReader(text), new CsvReaderOptions { TrackLineNumbers = true, SkipEmptyLines = true, MalformedData = CsvMalformedDataHandling.Skip });

    private static string[] HeaderOf(CsvReader reader)
    {
        reader.ReadHeader();
        var header = reader.Headers.ToArray();
        return header.All(string.IsNullOrWhiteSpace) ? [] : header;
    }

    private static (IReadOnlyList<string> Header, int? TakenAt) Read(string text, string id)
    {
        using var reader = Open(text);
        var header = HeaderOf(reader);
        if (header.Length == 0) return ([], null);
        var idColumn = Math.Max(0, Array.IndexOf(header, "id"));
        while (reader.Read())
            if (idColumn < reader.FieldCount && string.Equals(reader.GetString(idColumn).Trim(), id, StringComparison.Ordinal)) return (header, (int)reader.LineNumber);
        return (header, null);
    }

    private static string DetectNewline(byte[] bytes)
    {
        var at = Array.IndexOf(bytes, (byte)'\n');
        return at > 0 && bytes[at - 1] == (byte)'\r' ? "\r\n" : "\n";
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
