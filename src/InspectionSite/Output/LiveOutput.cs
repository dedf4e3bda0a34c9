using InspectionSite.Content.Site;

namespace InspectionSite.Output;

/// <summary>
/// The output folder as the preview keeps it up to date after its first build: only the files whose bytes changed
/// are written, in two steps. <see cref="UpdatePages"/> writes everything but the open-data downloads, so that open
/// pages can reload at once; <see cref="UpdateDownloads"/> writes the downloads a moment later. At 10,000 items they
/// are 31 MB, which took 20–60 ms to write after a status edit.
/// </summary>
public sealed class LiveOutput(OutputFolder folder, IReadOnlyList<OutputFile> written)
{
    private static readonly string DownloadsFolder = Routes.Data.TrimStart('/');

    /// <summary>What the folder holds now.</summary>
    private IReadOnlyList<OutputFile> _written = written;

    /// <summary>The site whose downloads are still to be written.</summary>
    private IReadOnlyList<OutputFile>? _next;

    /// <summary>Writes what changed but the downloads, and returns how many files were written or deleted.</summary>
    public int UpdatePages(IReadOnlyList<OutputFile> files)
    {
        // When files came or went, which is rare, everything is written at once.
        IReadOnlyList<OutputFile> pages = OutputFile.SamePaths(_written, files)
            ? [.. files.Select((file, i) => IsDownload(file) ? _written[i] : file)]
            : files;
        var count = folder.Update(_written, pages);
        (_written, _next) = (pages, ReferenceEquals(pages, files) ? null : files);
        return count;
    }

    /// <summary>Writes the downloads of the site last given to <see cref="UpdatePages"/>, and returns how many changed.</summary>
    public int UpdateDownloads()
    {
        if (_next is not { } files) return 0;
        var count = folder.Update(_written, files);
        (_written, _next) = (files, null);
        return count;
    }

    /// <summary>
    /// Takes each of <paramref name="files"/> that holds the same bytes as the file written for the one written, so
    /// that the next update finds it unchanged by reference rather than by comparing its bytes again.
    /// </summary>
    public void Adopt(IReadOnlyList<OutputFile> files)
    {
        if (_next is null && OutputFile.SamePaths(_written, files))
            _written = [.. files.Select((file, i) => file.SameBytesAs(_written[i]) ? file : _written[i])];
    }

    /// <summary>An open-data table or its descriptor: pages link to them, and none shows what is in them.</summary>
    private static bool IsDownload(OutputFile file) =>
        file.Path.StartsWith(DownloadsFolder, StringComparison.Ordinal) && !file.Path.EndsWith(".html", StringComparison.Ordinal);
}
