using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace InspectionSite.Content.Reading;

/// <summary>
/// Turns a file's bytes into text whichever way Excel or an editor saved it:
/// UTF-8 with or without a byte-order mark, or Windows-1252 ("CSV (Comma delimited)").
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;
    private static ReadOnlySpan<byte> ByteOrderMark => "\uFEFF"u8;

    static SourceText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>The file's text, its bytes read into a pooled buffer, since only the text is kept.</summary>
    public static string Read(string path)
    {
        byte[]? rented = null;
        try
        {
            return Decode(ReadInto(path, length => rented = ArrayPool<byte>.Shared.Rent(length)).Span);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads the file into the buffer that <paramref name="bufferFor"/> gives for its length, which may be longer.</summary>
    public static ReadOnlyMemory<byte> ReadInto(string path, Func<int, byte[]> bufferFor)
    {
        using var file = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(file));
        var buffer = bufferFor(length);
        var read = 0;
        for (int got; read < length && (got = RandomAccess.Read(file, buffer.AsSpan(read, length - read), read)) > 0;) read += got;
        return buffer.AsMemory(0, read);
    }

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, EncodingOf(bytes));

    /// <summary>
    /// How the whole file's bytes are to be read: UTF-8 when they start with its byte-order mark or are valid UTF-8,
    /// else Windows-1252 (Excel's plain "CSV" on a UK machine).
    /// </summary>
    public static Encoding EncodingOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(ByteOrderMark) || Utf8.IsValid(bytes) ? StrictUtf8 : Windows1252;

    /// <summary>Bytes read in the encoding of the file they come from (<see cref="EncodingOf"/>), without its byte-order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding) =>
        Normalise(encoding.GetString(bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes));

    /// <summary>Line breaks become \n so that line numbers and output do not depend on the editor.</summary>
    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
