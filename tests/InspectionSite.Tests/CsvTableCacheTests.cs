using System.Text;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Tables;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// The preview parses again only the rows of a CSV file that an edit changed. Whatever the edit, the rows it
/// ends up with, and where each is said to start, must be those a full read of the new file gives.
/// </summary>
public sealed class CsvTableCacheTests
{
    /// <summary>A stamp no file matches: these tests give the cache bytes, not files.</summary>
    private static readonly FileStamp NeverSeen = new(-1, DateTime.MinValue, DateTime.MinValue);

    private const string Before =
        "recommendation,meeting,status,rag,note\n" +
        "9001,2022-03-31,open,red,First.\n" +
        "9002,2022-03-31,open,,\"A note\nover two lines.\"\n" +
        "9003,2022-06-30,evidence-gathering,amber,Third.\n" +
        "9004,2022-06-30,open,,Fourth.\n" +
        "9005,2022-09-29,signed-off-by-force,green,Fifth.\n";

    public static TheoryData<string, string, bool> Edits => new()
    {
        { "a cell changed", Before.Replace("Third.", "Third and more."), true },
        { "a row added at the end", Before + "9006,2022-09-29,open,,Sixth.\n", true },
        { "the last row removed", Before.Replace("9005,2022-09-29,signed-off-by-force,green,Fifth.\n", ""), true },
        { "a line inside a quoted cell changed", Before.Replace("over two lines.", "over two lines, reworded."), true },
        { "the row after a quoted cell changed", Before.Replace("Third.", "3rd."), true },
        { "a row inserted above others", Before.Replace("9004,", "9010,2022-06-30,open,,New.\n9004,"), false },
        { "a quoted cell that spans one more line", Before.Replace("Third.", "\"Third\nand more.\""), false },
        { "a quotation mark opened and never closed", Before.Replace("Third.", "\"Third."), false },
        { "the header changed", Before.Replace("note\n", "Note\n"), false },
        { "the first row changed", Before.Replace("First.", "1st."), true },
        { "two rows far apart changed", Before.Replace("First.", "1st.").Replace("Fifth.", "5th."), true },
        { "a row added at the end without a line break", Before + "9006,2022-09-29,open,,Sixth.", true },
        { "the last line break removed", Before.TrimEnd('\n'), true },
        { "every line break changed to a Windows one", Before.Replace("\n", "\r\n"), false },
    };

    /// <summary>Edits of every kind at every place: whenever the cache patches, it must give what a full read gives.</summary>
    [Trait("Speed", "Slow")]
    [Fact]
    public void Rows_patched_after_any_small_edit_are_those_a_full_read_gives()
    {
        var random = new Random(20261122);
        var lines = Before.Split('\n')[..^1].ToList();
        for (var i = 0; i < 40; i++) lines.Add($"{9100 + i},2022-09-29,{(i % 3 == 0 ? "open" : "evidence-gathering")},,Row {i}.");
        var before = string.Join('\n', lines) + "\n";
        string[] pieces = ["x", ",", "\n", "\r\n", "\r", "\"", "é", "9001", "open", ""];
        var patchedCount = 0;
        for (var edit = 0; edit < 500; edit++)
        {
            var at = random.Next(before.Length + 1);
            var removed = random.Next(3) == 0 ? Math.Min(random.Next(1, 30), before.Length - at) : 0;
            var after = before[..at] + pieces[random.Next(pieces.Length)] + before[(at + removed)..];

            var patched = Patch(Encoding.UTF8.GetBytes(before), Encoding.UTF8.GetBytes(after));
            if (patched is null) continue;
            patchedCount++;
            var fullContext = new CsvReadContext("progress.csv", new DiagnosticBag());
            var full = ProgressTable.Schema.Read(SourceText.Decode(Encoding.UTF8.GetBytes(after)), fullContext);
            Assert.False(fullContext.HasReported, $"patched an edit a full read finds a problem in: {after}");
            Assert.Equal(Describe(full), Describe(patched));
        }
        Assert.True(patchedCount > 100, $"only {patchedCount} of 500 edits were patched");
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Rows_read_again_after_an_edit_are_those_a_full_read_gives(string edit, string after, bool readInPart) =>
        AssertPatchedAsReadWhole(edit, Encoding.UTF8.GetBytes(Before), Encoding.UTF8.GetBytes(after), readInPart);

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly string Accented = Before.Replace("First.", "Café £5 – “quoted”.");

    /// <summary>The ways Excel and editors save a file: the cache compares bytes, and must decode changed lines as a full read would.</summary>
    public static TheoryData<string, byte[], byte[], bool> Saves => new()
    {
        { "Windows line breaks, a cell changed", Crlf(Before), Crlf(Before.Replace("Third.", "Third and more.")), true },
        { "UTF-8 with a byte-order mark, a cell changed", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Accented)],
            [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Accented.Replace("Fifth.", "Fifth – done."))], true },
        { "Windows-1252 (Excel's \"CSV\"), a cell changed below accented text", Windows1252.GetBytes(Accented),
            Windows1252.GetBytes(Accented.Replace("Fifth.", "Fifth – done.")), true },
        { "Windows-1252 saved again as UTF-8", Windows1252.GetBytes(Accented), Encoding.UTF8.GetBytes(Accented.Replace("Fifth.", "5th.")), false },
        { "a line ending in a lone carriage return", Encoding.UTF8.GetBytes(Before), Encoding.UTF8.GetBytes(Before.Replace("First.\n", "First.\r").Replace("Fifth.", "5th.")), false },
    };

    [Theory]
    [MemberData(nameof(Saves))]
    public void Rows_read_again_after_a_save_in_any_encoding_are_those_a_full_read_gives(string save, byte[] before, byte[] after, bool readInPart) =>
        AssertPatchedAsReadWhole(save, before, after, readInPart);

    /// <summary>
    /// One cache through edit after edit, the file growing and shrinking: its bytes are read into one buffer and kept in
    /// another, and each edit must be read and compared as its own bytes alone, not with what a longer file left in either.
    /// </summary>
    [Fact]
    public void A_file_edited_again_and_again_is_patched_against_its_last_bytes_alone()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "progress.csv");
        var cache = new CsvTableCache();
        var first = new CsvReadContext("progress.csv", new DiagnosticBag());
        cache.Keep("progress.csv", NeverSeen, Encoding.UTF8.GetBytes(Before), ProgressTable.Schema.Read(Before, first), first);
        string[] edits =
        [
            Before.Replace("Third.", "Third and a good deal more besides that."),
            Before,
            Before.Replace("Fifth.", "5th."),
            Before.Replace("Fifth.", "Fifth with some words more than it had."),
        ];
        foreach (var after in edits)
        {
            File.WriteAllText(path, after);
            var bytes = cache.Read("progress.csv", path).Span; // into the buffer the last read used, when the file fits
            var context = new CsvReadContext("progress.csv", new DiagnosticBag());
            var patched = cache.Patch("progress.csv", bytes, context, ProgressTable.Schema.Read, p => p.Source);

            Assert.Equal(Encoding.UTF8.GetBytes(after), bytes.ToArray());
            Assert.NotNull(patched);
            Assert.Equal(Describe(ProgressTable.Schema.Read(after, new CsvReadContext("progress.csv", new DiagnosticBag()))), Describe(patched));
            cache.Keep("progress.csv", NeverSeen, bytes, patched, context);
        }
    }

    private static void AssertPatchedAsReadWhole(string edit, byte[] before, byte[] after, bool readInPart)
    {
        var patched = Patch(before, after);
        var full = ProgressTable.Schema.Read(SourceText.Decode(after), new CsvReadContext("progress.csv", new DiagnosticBag()));

        Assert.True(readInPart == patched is not null, $"{edit}: read in part {patched is not null}");
        if (patched is not null) Assert.Equal(Describe(full), Describe(patched));
    }

    /// <summary>The rows the cache gives for <paramref name="after"/> once it has kept those of <paramref name="before"/>, or null for a full read.</summary>
    private static IReadOnlyList<ProgressEntry>? Patch(byte[] before, byte[] after)
    {
        var cache = new CsvTableCache();
        var first = new CsvReadContext("progress.csv", new DiagnosticBag());
        cache.Keep("progress.csv", NeverSeen, before, ProgressTable.Schema.Read(SourceText.Decode(before), first), first);
        return cache.Patch("progress.csv", after, new CsvReadContext("progress.csv", new DiagnosticBag()), ProgressTable.Schema.Read, p => p.Source);
    }

    private static byte[] Crlf(string text) => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"));

    private static IEnumerable<string> Describe(IReadOnlyList<ProgressEntry> rows) =>
        rows.Select(r => $"{r.Source.Line}: {r.RecommendationId} {r.MeetingId} {r.Status} {r.Rag} {r.Note}");
    /// <summary>
    /// A file read once is not read again while its size and time of last change stay those it had, unless it changed
    /// just before that read (<see cref="FileStamp"/>, as for Markdown files). Saves the file some minutes from now,
    /// keeps its rows, saves it again with other text, and asks for the kept rows.
    /// </summary>
    [Theory]
    [InlineData("a file saved again later is read again", -60, -59, false)]
    [InlineData("a file that changed just before it was read is read again", 0, 0, false)]
    // No editor does this: it shows that the cache trusts what it may.
    [InlineData("a file whose size and time are unchanged since well before the read is not read again", -60, -60, true)]
    public void A_csv_file_is_read_again_when_its_size_or_time_may_hide_a_change(string because, int firstSave, int secondSave, bool kept)
    {
        using var folder = new TempFolder();
        var cache = new CsvTableCache();
        var now = DateTime.UtcNow;
        var path = Save(folder["progress.csv"], Before, now.AddMinutes(firstSave));
        var stamp = FileStamp.Before(new FileInfo(path));
        var first = new CsvReadContext("progress.csv", new DiagnosticBag());
        cache.Keep("progress.csv", stamp, Encoding.UTF8.GetBytes(Before), ProgressTable.Schema.Read(Before, first), first);

        Save(path, Before.Replace("First.", "1st..."), now.AddMinutes(secondSave));
        var rows = cache.Unchanged<ProgressEntry>("progress.csv", new FileInfo(path), new CsvReadContext("progress.csv", new DiagnosticBag()));
        Assert.True(kept == rows is not null, $"{because}, but the cache {(rows is null ? "did not keep" : "kept")} its rows");
    }

    private static string Save(string path, string text, DateTime lastWrite)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, lastWrite);
        return path;
    }
}
