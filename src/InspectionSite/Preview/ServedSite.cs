namespace InspectionSite.Preview;

/// <summary>
/// The output folder as the preview serves it. A rebuild swaps the folder whole; the lock makes sure a
/// request reads its file from one build or the other, never from the gap between the two.
/// </summary>
public sealed class ServedSite(string folder) : IDisposable
{
    private readonly ReaderWriterLockSlim _swap = new();

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The build whose files are in the folder; "previous" for files an earlier run left there.</summary>
    public string Build { get; private set; } = "previous";

    /// <summary>Runs <paramref name="swap"/> while no request reads the folder; with <paramref name="build"/>, the folder then holds that build.</summary>
    public void Replace(Action swap, string? build = null)
    {
        _swap.EnterWriteLock();
        try
        {
            swap();
            Build = build ?? Build;
        }
        finally
        {
            _swap.ExitWriteLock();
        }
    }

    /// <summary>Runs <paramref name="read"/> while no swap can happen, with the build it reads from.</summary>
    public T Read<T>(Func<string, T> read)
    {
        _swap.EnterReadLock();
        try
        {
            return read(Build);
        }
        finally
        {
            _swap.ExitReadLock();
        }
    }

    public void Dispose() => _swap.Dispose();
}
