using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InspectionSite.Pipeline;

namespace InspectionSite.Tests.Support;

/// <summary>The real input built once for a test class, with helpers to open its pages as a reader would.</summary>
public class BuiltSite : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly HtmlParser Parser = new();

    public BuiltSite() : this(baseUrl: null)
    {
    }

    protected BuiltSite(string? baseUrl)
    {
        Output = _folder["output"];
        Result = SiteBuilder.Build(Repository.Input, Output, baseUrl: baseUrl);
    }

    public BuildResult Result { get; }

    public string Output { get; }

    public bool Exists(string path) => File.Exists(FileOf(path));

    public string Html(string path) => File.ReadAllText(FileOf(path));

    public IDocument Open(string path) => Open(Output, path);

    /// <summary>A page of a built site folder, parsed as it was written.</summary>
    public static IDocument Open(string output, string path) => Parser.ParseDocument(File.ReadAllText(FileOf(output, path)));

    public static string FileOf(string output, string path) => System.IO.Path.Combine(output, Content.Site.Routes.OutputFile(path.Split('#')[0]));

    private string FileOf(string path) => FileOf(Output, path);

    /// <summary>Every page's path ("/reports/x/", "/404.html"), found by walking the output folder.</summary>
    /// <summary>The scripts a page loads besides GOV.UK Frontend's, which every page loads to start its components.</summary>
    public static IReadOnlyList<string> OwnScripts(IDocument page) =>
        page.QuerySelectorAll("script[src]").Where(s => !s.HasAttribute("data-govuk-frontend")).Select(s => s.GetAttribute("src")!).ToList();

    public IReadOnlyList<string> PagePaths() => PagePaths(Output);

    /// <summary>Every page's path in a built site folder, found by walking it.</summary>
    public static IReadOnlyList<string> PagePaths(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => PathOf(System.IO.Path.GetRelativePath(output, f)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every file of a built site folder but the search index, which Pagefind writes, by its path in the folder.</summary>
    public static IReadOnlyList<string> FilesBesideSearchIndex(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(output, f))
            .Where(f => !f.StartsWith(Search.SearchIndexer.BundleFolder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();

    /// <summary>The page path that serves a file of the folder: "reports/x/index.html" is "/reports/x/".</summary>
    public static string PathOf(string relativeFile)
    {
        var path = "/" + relativeFile.Replace('\\', '/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The real input built with a public address, as Netlify builds it.</summary>
public sealed class PublishedSite() : BuiltSite(Address)
{
    public const string Address = "https://example.org";
}
