using System.Reflection;
using System.Text;

namespace InspectionSite.Preview;

/// <summary>
/// The script and styles that make an open page live in the preview. They are files, not inline code,
/// so pages keep working under the site's Content-Security-Policy, and they are added to pages only as
/// the preview serves them: the output folder is exactly what a build writes.
/// </summary>
public sealed class PreviewClient
{
    public sealed record ClientFile(byte[] Content, string ContentType);

    private readonly Dictionary<string, ClientFile> _files = new(StringComparer.Ordinal)
    {
        [PreviewServer.ScriptPath] = new(Resource("preview.js"), "text/javascript; charset=utf-8"),
        [PreviewServer.StylesPath] = new(Resource("preview.css"), "text/css; charset=utf-8"),
    };

    public ClientFile? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>Adds the preview script to a page, telling it which build the page came from.</summary>
    public static byte[] InjectInto(byte[] html, string build)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{PreviewServer.ScriptPath}\" data-build=\"{System.Net.WebUtility.HtmlEncode(build)}\" defer></script>";
        var headEnd = text.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(headEnd < 0 ? text + tag : text.Insert(headEnd, tag));
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
