using System.Net;
using System.Net.Sockets;

namespace InspectionSite.Tests.Support;

/// <summary>
/// Serves a built site from 127.0.0.1 as a static host would, sending a Content-Security-Policy header with
/// every response. The site's links start with "/", so a browser needs a server rather than file:// URLs.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _policy;

    public StaticServer(string root, string contentSecurityPolicy)
    {
        _root = Path.GetFullPath(root);
        _policy = contentSecurityPolicy;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var file = Path.GetFullPath(BuiltSite.FileOf(_root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath)));
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        response.Headers["Content-Security-Policy"] = _policy;
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        try { response.OutputStream.Write(bytes); } catch (HttpListenerException) { }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose() => _listener.Close();
}
