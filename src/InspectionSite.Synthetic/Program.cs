using System.CommandLine;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Synthetic;

// Writes synthetic input folders for measuring the build; see docs/performance.md.
var output = new Option<string>("--output") { Description = "The input folder to write (replaced whole).", Required = true };
var recommendations = new Option<int>("--recommendations") { Description = "How many recommendations.", DefaultValueFactory = _ => 1000 };
var reports = new Option<int?>("--reports") { Description = "How many reports (default: one per five recommendations)." };
var meetings = new Option<int?>("--meetings") { Description = "How many meetings (default: one per fifty recommendations)." };
var inspections = new Option<int?>("--inspections") { Description = "How many inspections (default: one per four reports)." };
var seed = new Option<int>("--seed") { Description = "The seed: the same seed and sizes give the same files.", DefaultValueFactory = _ => 1 };

var generate = new Command("generate", "Write a synthetic input folder of the given size.") { output, recommendations, reports, meetings, inspections, seed };
generate.SetAction(result =>
{
    var preset = SyntheticScale.ForRecommendations(result.GetValue(recommendations), result.GetValue(seed));
    var scale = preset with
    {
        Reports = result.GetValue(reports) ?? preset.Reports,
        Meetings = result.GetValue(meetings) ?? preset.Meetings,
        Inspections = result.GetValue(inspections) ?? preset.Inspections,
    };
    SyntheticInput.Write(scale, result.GetValue(output)!);
    Console.WriteLine($"Wrote {scale.Describe()} to {result.GetValue(output)}/.");
    return 0;
});

var corpus = new Option<string>("--corpus") { Description = "A folder written by the shared gen_corpus.py (holding posts/).", Required = true };
var fromCorpus = new Command("from-corpus", "Turn a benchmark Markdown corpus into an input folder with one report per post.") { corpus, output };
fromCorpus.SetAction(result =>
{
    var count = CorpusConverter.Convert(result.GetValue(corpus)!, result.GetValue(output)!);
    Console.WriteLine($"Wrote {count} reports to {result.GetValue(output)}/.");
    return 0;
});

var docsFolder = new Option<string>("--output") { Description = "The docs folder to write into.", DefaultValueFactory = _ => "docs" };
var docs = new Command("docs", "Write the input-format document and the blank CSV templates from the schemas.") { docsFolder };
docs.SetAction(result =>
{
    var folder = result.GetValue(docsFolder)!;
    foreach (var (path, text) in InputFormatDocument.Files())
    {
        var file = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
    Console.WriteLine($"Wrote {InputFormatDocument.DocumentPath} and the templates to {folder}/.");
    return 0;
});

return new RootCommand("Writes synthetic input folders for measuring the site generator, and the input-format document.") { generate, fromCorpus, docs }.Parse(args).Invoke();
