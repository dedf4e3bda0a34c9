using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// Seeded mutation fuzzing of the loaders and the Markdown pipeline: whatever a source holds, the build
/// reports problems or succeeds; it never throws, hangs, lets script through, or writes outside output/.
/// Inputs that once failed are kept in FuzzRegressions/ and replayed.
/// </summary>
public sealed class FuzzTests
{
    private const int CasesPerLoader = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The tables the real input has.</summary>
    public static TheoryData<string> Tables => new(InputSchemas.Tables.Where(t => !t.Optional).Select(t => t.FileName));

    /// <summary>Each loader fuzzed, by the name its regression files start with: a table's name, "meeting" or "markdown".</summary>
    private static readonly Dictionary<string, Action<string>> Loaders = InputSchemas.Tables
        .Select(table => KeyValuePair.Create(LoaderOfTable(table.FileName), (Action<string>)(text => table.Read(text, Context(table.FileName)))))
        .Append(KeyValuePair.Create("meeting", (Action<string>)(text => ReadMeeting(text))))
        .Append(KeyValuePair.Create("markdown", (Action<string>)(text => AssertNoScript(RenderMarkdown(text)))))
        .ToDictionary();

    private static string RegressionFolder => Path.Combine(Repository.TestSource, "FuzzRegressions");

    [Trait("Speed", "Slow")]
    [Theory]
    [MemberData(nameof(Tables))]
    public void Mutated_csv_is_read_or_reported_never_thrown(string table) =>
        Fuzz(LoaderOfTable(table), table, seed: table.Length * 7919);

    [Trait("Speed", "Slow")]
    [Fact]
    public void Mutated_front_matter_is_read_or_reported_never_thrown() =>
        Fuzz("meeting", "meetings/2022-09-29.md", seed: 2022);

    [Trait("Speed", "Slow")]
    [Fact]
    public void Mutated_markdown_renders_without_throwing_and_without_script() =>
        Fuzz("markdown", "meetings/2022-06-30.md", seed: 630);

    [Trait("Speed", "Slow")]
    [Fact]
    public void Mutated_input_folders_build_or_report_and_write_nothing_outside_output()
    {
        var files = new[] { "progress.csv", "recommendations.csv", "reports.csv", "meetings/2022-06-30.md", "pages/glossary.md", "site.yml" };
        var mutator = new Mutator(seed: 43);
        for (var i = 0; i < 40; i++)
        {
            using var folder = TempFolder.WithRealInput();
            var file = Path.Combine(folder["input"], files[i % files.Length]);
            File.WriteAllText(file, mutator.Mutate(File.ReadAllText(file)));
            try
            {
                SiteBuilder.Build(folder["input"], folder["output"]);
            }
            catch (InputException e)
            {
                Assert.All(e.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
            }
            var written = Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).ToList();
            Assert.All(written, name => Assert.True(name is "input" or "output", $"case {i} wrote {name} beside the output folder"));
        }
    }

    [Fact]
    public void Inputs_that_once_failed_are_replayed()
    {
        foreach (var file in Directory.EnumerateFiles(RegressionFolder))
        {
            var name = Path.GetFileName(file);
            var loader = LoaderOfRegression(name);
            Assert.True(Loaders.ContainsKey(loader), $"{name} does not start with a loader's name: {string.Join(", ", Loaders.Keys)}");
            WithinPatience(loader, name, File.ReadAllText(file));
        }
    }

    /// <summary>The same failing input always gets the same file name, so a failure found twice is saved once.</summary>
    [Fact]
    public void Each_input_that_once_failed_is_named_after_its_loader_and_content()
    {
        Assert.NotEmpty(Directory.EnumerateFiles(RegressionFolder));
        Assert.All(Directory.EnumerateFiles(RegressionFolder), file =>
        {
            var name = Path.GetFileName(file);
            Assert.Equal(RegressionFileName(LoaderOfRegression(name), File.ReadAllText(file)), name);
        });
    }

    /// <summary>Damages a file of the real input <see cref="CasesPerLoader"/> times, the same way each run, and loads each result.</summary>
    private static void Fuzz(string loader, string source, int seed)
    {
        var original = File.ReadAllText(Path.Combine(Repository.Input, source));
        var mutator = new Mutator(seed);
        for (var i = 0; i < CasesPerLoader; i++) WithinPatience(loader, $"{source} case {i}", mutator.Mutate(original));
    }

    private static string LoaderOfTable(string table) => Path.GetFileNameWithoutExtension(table);

    /// <summary>The loader a regression file is for: its name up to the last '-'.</summary>
    private static string LoaderOfRegression(string fileName) => fileName[..Math.Max(0, fileName.LastIndexOf('-'))];

    private static CsvReadContext Context(string table) => new(table, new DiagnosticBag());

    private static object? ReadMeeting(string text)
    {
        var document = FrontMatterDocument.Parse(text, "meetings/m.md", new DiagnosticBag());
        return document is null ? null : MeetingDocument.Schema.Read("m", document);
    }

    private static string RenderMarkdown(string text) =>
        new MarkdownRenderer(LinkSite.Markdown, new Routes(), new HashSet<string> { "/" }, r => r == "9159" ? "/recommendations/9159/" : null, new DiagnosticBag())
            .Render(new MarkdownText(text, "m.md", 1));

    private static void AssertNoScript(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, form"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    /// <summary>Loads one case; on an exception or a hang, saves the input as a regression case and fails.</summary>
    private static void WithinPatience(string loader, string name, string input)
    {
        var task = Task.Run(() => Loaders[loader](input));
        var finished = task.Wait(Patience) || task.IsCompleted;
        if (finished && !task.IsFaulted) return;
        var saved = Path.Combine(RegressionFolder, RegressionFileName(loader, input));
        File.WriteAllText(saved, input);
        Assert.Fail($"{name} {(finished ? "threw " + task.Exception!.InnerException : "hung")}. Input saved to {saved}, to be replayed from now on.");
    }

    /// <summary>The loader's name and the first 12 hex digits of the input's SHA-256: "progress-3f2a9c01b7d4.txt".</summary>
    private static string RegressionFileName(string loader, string input) =>
        $"{loader}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12]}.txt";
}
