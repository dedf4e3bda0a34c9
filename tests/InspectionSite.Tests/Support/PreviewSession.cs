using System.Net.ServerSentEvents;
using System.Text.Json;
using InspectionSite.Pipeline;
using InspectionSite.Preview;

namespace InspectionSite.Tests.Support;

/// <summary>A live preview of a copy of the real input, on a free port, with a client to talk to it.</summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();
    private readonly StringWriter _log = new();
    private PreviewServer? _server;

    public string Input => _folder["input"];

    public string Output => _folder["output"];

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>What the preview printed, as it would appear in the terminal.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public static async Task<PreviewSession> StartAsync(string? basePath = null)
    {
        var session = new PreviewSession();
        var options = new BuildOptions(session.Input, session.Output, null, basePath, SiteBuilder.AsOf);
        var log = TextWriter.Synchronized(session._log);
        session._server = await PreviewServer.StartAsync(new PreviewSettings(options, [session.Input], Port: 0, SiteHeaders.Netlify), log);
        session.Http.BaseAddress = session._server.Address;
        return session;
    }

    public async Task<string> PageAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the event stream a page listens to.</summary>
    public async Task<BuildEventStream> EventsAsync() =>
        new(await Http.GetStreamAsync(PreviewServer.EventsPath));

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        Http.Dispose();
        _folder.Dispose();
    }
}

/// <summary>The preview's Server-Sent Events, read as a page's EventSource reads them.</summary>
public sealed class BuildEventStream(Stream stream) : IDisposable
{
    private readonly IAsyncEnumerator<SseItem<string>> _events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator();

    /// <summary>The next event: its type ("built" or "failed") and its data.</summary>
    public async Task<(string Type, JsonElement Data)> NextAsync(TimeSpan timeout)
    {
        var next = _events.MoveNextAsync().AsTask();
        if (await Task.WhenAny(next, Task.Delay(timeout)) != next) throw new TimeoutException($"No event from the preview within {timeout.TotalMilliseconds} ms.");
        Assert.True(await next, "The preview closed its event stream.");
        return (_events.Current.EventType, JsonDocument.Parse(_events.Current.Data).RootElement);
    }

    public void Dispose() => stream.Dispose();
}
