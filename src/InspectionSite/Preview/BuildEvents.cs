using System.Threading.Channels;

namespace InspectionSite.Preview;

/// <summary>Tells every open page the latest <see cref="BuildStatus"/>; a page only ever needs the newest one.</summary>
public sealed class BuildEvents(BuildStatus initial)
{
    private readonly Lock _gate = new();
    private readonly List<Channel<BuildStatus>> _subscribers = [];

    public BuildStatus Current { get; private set; } = initial;

    public void Publish(BuildStatus status)
    {
        lock (_gate)
        {
            Current = status;
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(status);
        }
    }

    /// <summary>The current status at once, then each new one; ends quietly when <paramref name="cancel"/> fires.</summary>
    public async IAsyncEnumerable<BuildStatus> Subscribe([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<BuildStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            channel.Writer.TryWrite(Current);
            _subscribers.Add(channel);
        }
        try
        {
            while (true)
            {
                try
                {
                    if (!await channel.Reader.WaitToReadAsync(cancel).ConfigureAwait(false)) yield break;
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                while (channel.Reader.TryRead(out var status))
                    yield return status;
            }
        }
        finally
        {
            lock (_gate) _subscribers.Remove(channel);
        }
    }
}
