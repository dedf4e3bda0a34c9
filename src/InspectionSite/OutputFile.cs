namespace InspectionSite;

/// <summary>
/// One file of the site, ready to write: its path under the output folder and its bytes, whole or in parts. Rendering,
/// publishing and the theme make them; checking, writing and the preview read them.
/// </summary>
/// <remarks>
/// A file in parts is an open-data table, a part to a row: a table made again after a one-row edit shares every other
/// row's bytes with the last build's, so the preview compares and writes it without copying tens of megabytes into one array.
/// </remarks>
public sealed class OutputFile
{
    private byte[]? _content;

    public OutputFile(string path, byte[] content)
    {
        Path = path;
        _content = content;
        Parts = [content];
        Length = content.Length;
    }

    public OutputFile(string path, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        Path = path;
        Parts = parts;
        foreach (var part in parts) Length += part.Length;
    }

    public string Path { get; }

    /// <summary>The bytes, in the order they are written.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Parts { get; }

    public long Length { get; }

    /// <summary>The bytes as one array, joined when first asked for if the file is in parts.</summary>
    public byte[] Content => _content ??= Whole();

    /// <summary>Whether the two files hold the same bytes; parts that are the very same memory are not compared byte by byte.</summary>
    public bool SameBytesAs(OutputFile other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (Length != other.Length) return false;
        // Split differently (rare): joined for the comparison only, so that a file in parts is not kept whole as well.
        if (Parts.Count != other.Parts.Count) return Whole().AsSpan().SequenceEqual(other.Whole());
        return PartsInCommonAtStart(other).Parts == Parts.Count;
    }

    /// <summary>How many parts, and bytes, from the start the two files share, part for part.</summary>
    private (int Parts, long Bytes) PartsInCommonAtStart(OutputFile other)
    {
        var (parts, bytes) = (0, 0L);
        for (; parts < Math.Min(Parts.Count, other.Parts.Count); parts++)
        {
            var (part, theirs) = (Parts[parts], other.Parts[parts]);
            if (!part.Equals(theirs) && !part.Span.SequenceEqual(theirs.Span)) break;
            bytes += part.Length;
        }
        return (parts, bytes);
    }

    /// <summary>Writes the file at <paramref name="target"/>, part after part, replacing what was there.</summary>
    public void WriteTo(string target)
    {
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write, preallocationSize: Length);
        RandomAccess.Write(handle, Parts, 0);
    }

    /// <summary>
    /// Writes the file at <paramref name="target"/> over <paramref name="written"/>, the file there now: from the first part
    /// the two do not share, then cut to length. After a one-row edit, writing a 31 MB open-data file whole made the
    /// system free its pages and map as many afresh.
    /// </summary>
    public void WriteOver(string target, OutputFile written)
    {
        using var handle = File.OpenHandle(target, FileMode.OpenOrCreate, FileAccess.Write);
        // A file whose length is not the one written (removed, or changed by hand since) is written whole.
        var (parts, bytes) = RandomAccess.GetLength(handle) == written.Length ? PartsInCommonAtStart(written) : (0, 0L);
        RandomAccess.Write(handle, parts == 0 ? Parts : Parts.Skip(parts).ToList(), bytes);
        RandomAccess.SetLength(handle, Length);
    }

    /// <summary>
    /// Whether two builds' files have the same paths in the same order. The preview keeps an unchanged file as the
    /// very same object, so then only the files that are new objects need a look.
    /// </summary>
    public static bool SamePaths(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> now)
    {
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++)
            if (!ReferenceEquals(before[i], now[i]) && before[i].Path != now[i].Path) return false;
        return true;
    }

    private byte[] Whole()
    {
        if (_content is { } content) return content;
        var whole = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var at = 0;
        foreach (var part in Parts)
        {
            part.Span.CopyTo(whole.AsSpan(at));
            at += part.Length;
        }
        return whole;
    }
}
