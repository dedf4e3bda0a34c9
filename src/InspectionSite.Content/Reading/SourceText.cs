using System.Buffers;
using System.Text;

namespace InspectionSite.Content.Reading;

/// <summary>
/// Turns a file's bytes into text whichever way Excel or an editor saved it:
/// UTF-8 with or without a byte-order mark, or Windows-1252 ("CSV (Comma delimited)").
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;

    static SourceText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// The file's text. Its bytes go through a pooled buffer: the preview reads a changed CSV file again at every edit,
    /// several megabytes at 10,000 items, and a fresh array each time is that much more for the garbage collector.
    /// </summary>
    public static string Read(string path)
    {
        using var file = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(file));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            for (int got; read < length && (got = RandomAccess.Read(file, buffer.AsSpan(read, length - read), read)) > 0;) read += got;
            return Decode(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) return Normalise(StrictUtf8.GetString(bytes[3..]));
        try
        {
            return Normalise(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: Excel's plain "CSV" on a UK machine writes Windows-1252.
            return Normalise(Windows1252.GetString(bytes));
        }
    }

    /// <summary>Line breaks become \n so that line numbers and output do not depend on the editor.</summary>
    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
