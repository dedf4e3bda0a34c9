using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InspectionSite.Tests.Support;

/// <summary>The real input built once for a test class, with helpers to open its pages as a reader would.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly HtmlParser Parser = new();

    public BuiltSite()
    {
        Output = _folder["output"];
        SiteBuilder.Build(Repository.Input, Output);
    }

    public string Output { get; }

    public bool Exists(string path) => File.Exists(FileOf(path));

    public string Html(string path) => File.ReadAllText(FileOf(path));

    public IDocument Open(string path) => Parser.ParseDocument(Html(path));

    public static string FileOf(string output, string path) => System.IO.Path.Combine(output, Content.Site.Routes.OutputFile(path.Split('#')[0]));

    private string FileOf(string path) => FileOf(Output, path);

    public void Dispose() => _folder.Dispose();
}
