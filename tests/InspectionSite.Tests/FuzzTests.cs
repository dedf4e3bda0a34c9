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

    [Theory]
    [MemberData(nameof(Tables))]
    public void Mutated_csv_is_read_or_reported_never_thrown(string table)
    {
        var original = File.ReadAllText(Path.Combine(Repository.Input, table));
        var mutator = new Mutator(seed: table.Length * 7919);
        for (var i = 0; i < CasesPerLoader; i++)
        {
            var text = mutator.Mutate(original);
            WithinPatience($"{table} case {i}", text, () => Read(table, text));
        }
    }

    [Fact]
    public void Mutated_front_matter_is_read_or_reported_never_thrown()
    {
        var original = File.ReadAllText(Path.Combine(Repository.Input, "meetings", "2022-09-29.md"));
        var mutator = new Mutator(seed: 2022);
        for (var i = 0; i < CasesPerLoader; i++)
        {
            var text = mutator.Mutate(original);
            WithinPatience($"front matter case {i}", text, () => ReadMeeting(text));
        }
    }

    [Fact]
    public void Mutated_markdown_renders_without_throwing_and_without_script()
    {
        var original = File.ReadAllText(Path.Combine(Repository.Input, "meetings", "2022-06-30.md"));
        var mutator = new Mutator(seed: 630);
        for (var i = 0; i < CasesPerLoader; i++)
        {
            var text = mutator.Mutate(original);
            WithinPatience($"markdown case {i}", text, () => AssertNoScript(RenderMarkdown(text)));
        }
    }

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
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.TestSource, "FuzzRegressions")))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            var table = InputSchemas.Tables.FirstOrDefault(t => name.StartsWith(Path.GetFileNameWithoutExtension(t.FileName), StringComparison.Ordinal));
            if (table is not null) WithinPatience(name, text, () => Read(table.FileName, text));
            else if (name.StartsWith("meeting", StringComparison.Ordinal)) WithinPatience(name, text, () => ReadMeeting(text));
            else WithinPatience(name, text, () => AssertNoScript(RenderMarkdown(text)));
        }
    }

    private static int Read(string table, string text) => InputSchemas.Tables.Single(t => t.FileName == table).Read(text, new CsvReadContext(table, new DiagnosticBag())).Count;

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

    /// <summary>Runs one case; on an exception or a hang, saves the input as a regression case and fails.</summary>
    private static void WithinPatience(string name, string input, Action run)
    {
        var task = Task.Run(run);
        var finished = task.Wait(Patience) || task.IsCompleted;
        if (finished && !task.IsFaulted) return;
        var saved = Path.Combine(Repository.TestSource, "FuzzRegressions", $"new-{Math.Abs(input.GetHashCode()):x8}.txt");
        File.WriteAllText(saved, input);
        Assert.Fail($"{name} {(finished ? "threw " + task.Exception!.InnerException : "hung")}. Input saved to {saved}; rename it after the loader it fails (e.g. progress-..., meeting-..., markdown-...).");
    }

    private static void WithinPatience(string name, string input, Func<object?> run) => WithinPatience(name, input, () => { run(); });
}
