using System.Net.ServerSentEvents;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace InspectionSite.Preview;

/// <summary>
/// What makes an open page live in the preview: its script and styles, and the build events they listen to.
/// They are files, not inline code, so pages keep working under the site's Content-Security-Policy, and they
/// are added to pages only as the preview serves them: the output folder is exactly what a build writes.
/// </summary>
public sealed class PreviewClient(BuildEvents events)
{
    private sealed record ClientFile(byte[] Content, string ContentType);

    private readonly Dictionary<string, ClientFile> _files = new(StringComparer.Ordinal)
    {
        [PreviewServer.ScriptPath] = new(Resource("preview.js"), "text/javascript; charset=utf-8"),
        [PreviewServer.StylesPath] = new(Resource("preview.css"), "text/css; charset=utf-8"),
    };

    /// <summary>Answers the event stream and the client's files; false for any other path, which belongs to the site.</summary>
    public async Task<bool> TryRespondAsync(HttpContext context, string path, CancellationToken stopping)
    {
        if (path == PreviewServer.EventsPath)
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await TypedResults.ServerSentEvents(StatusEvents(cancel.Token)).ExecuteAsync(context);
            return true;
        }
        if (!_files.TryGetValue(path, out var file)) return false;
        context.Response.ContentType = file.ContentType;
        await context.Response.Body.WriteAsync(file.Content);
        return true;
    }

    /// <summary>What to send for a file of the site: a page gets the preview script, telling it which build the page came from.</summary>
    public byte[] BodyOf(FileResponse file)
    {
        if (!file.IsHtml) return file.Content;
        var text = Encoding.UTF8.GetString(file.Content);
        var tag = $"<script src=\"{PreviewServer.ScriptPath}\" data-build=\"{System.Net.WebUtility.HtmlEncode(file.Build)}\" defer></script>";
        var headEnd = text.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(headEnd < 0 ? text + tag : text.Insert(headEnd, tag));
    }

    /// <summary>"built" with the served build, or "failed" with every problem; pages decide from it whether to reload.</summary>
    private async IAsyncEnumerable<SseItem<StatusMessage>> StatusEvents([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        await foreach (var status in events.Subscribe(cancel))
            yield return new SseItem<StatusMessage>(StatusMessage.Of(status), status.Succeeded ? "built" : "failed");
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("preview/" + name)
            ?? throw new InvalidOperationException($"The preview's {name} is not embedded in the generator.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

/// <summary>The data of one event, as the page's script reads it.</summary>
public sealed record StatusMessage(string Build, IReadOnlyList<ProblemMessage> Problems)
{
    public static StatusMessage Of(BuildStatus status) =>
        new(status.ServedBuild, status.Problems.Select(p => new ProblemMessage(p.Location.ToString(), p.Message, p.Fix)).ToList());
}

public sealed record ProblemMessage(string Location, string Message, string Fix);
