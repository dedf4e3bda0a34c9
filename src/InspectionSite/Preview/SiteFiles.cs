using InspectionSite.Content.Site;
using InspectionSite.Publishing;
using Microsoft.AspNetCore.StaticFiles;

namespace InspectionSite.Preview;

/// <summary>What to send for a request: a file's bytes with its status, or a redirect.</summary>
public abstract record SiteResponse(int Status);

public sealed record FileResponse(int Status, byte[] Content, string ContentType, string Build) : SiteResponse(Status)
{
    public bool IsHtml => ContentType.StartsWith("text/html", StringComparison.Ordinal);
}

public sealed record RedirectResponse(int Status, string Location) : SiteResponse(Status);

/// <summary>
/// Answers a path from the output folder as Netlify does: "/x/" serves x/index.html, "/x" redirects to
/// "/x/" where x is a folder, renamed pages follow _redirects, and anything else gets 404.html with 404.
/// Build files such as _redirects are never served, and no path can reach outside the folder. A site
/// built for a sub-folder (<paramref name="basePath"/>, e.g. "/hmicfrs") is served under it, as its links expect.
/// </summary>
public sealed class SiteFiles(ServedSite site, string basePath)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public SiteResponse Resolve(string path) => site.Read(build =>
    {
        if (path == basePath && basePath.Length > 0) return new RedirectResponse(301, path + "/");
        if (!path.StartsWith(basePath + "/", StringComparison.Ordinal)) return NotFound(build);
        var sitePath = path[basePath.Length..];
        if (!IsSafe(sitePath)) return NotFound(build);
        var file = Path.Combine(site.Folder, Routes.OutputFile(sitePath));
        if (File.Exists(file)) return Serve(200, file, build);
        if (!path.EndsWith('/') && Directory.Exists(Path.Combine(site.Folder, sitePath.TrimStart('/')))) return new RedirectResponse(301, path + "/");
        return Redirected(path) ?? NotFound(build);
    });

    /// <summary>Plain segments only: no "..", no hidden or build files (".x", "_redirects"), no backslashes.</summary>
    private static bool IsSafe(string path) =>
        path.StartsWith('/') && !path.Contains('\\') && !path.Contains('\0') &&
        path.Split('/').All(segment => segment.Length == 0 || (segment[0] != '.' && segment[0] != '_'));

    private SiteResponse NotFound(string build)
    {
        var page = Path.Combine(site.Folder, "404.html");
        return File.Exists(page)
            ? Serve(404, page, build)
            : new FileResponse(404, "<!DOCTYPE html><html lang=\"en-GB\"><head><title>No site yet</title></head><body><p>No site has been built yet.</p></body></html>"u8.ToArray(), "text/html; charset=utf-8", build);
    }

    private static FileResponse Serve(int status, string file, string build)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml") type += "; charset=utf-8";
        return new FileResponse(status, File.ReadAllBytes(file), type, build);
    }

    /// <summary>The rule of _redirects for this path (which, like the file, includes the base path), matched with or without its trailing slash.</summary>
    private RedirectResponse? Redirected(string path)
    {
        var rules = Path.Combine(site.Folder, NetlifyRedirects.FileName);
        if (!File.Exists(rules)) return null;
        foreach (var line in File.ReadLines(rules))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || parts[0].StartsWith('#')) continue;
            if (parts[0].TrimEnd('/') == path.TrimEnd('/') && int.TryParse(parts[2], out var status)) return new RedirectResponse(status, parts[1]);
        }
        return null;
    }
}
