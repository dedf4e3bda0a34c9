using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Synthetic;

/// <summary>
/// Turns the shared benchmark corpus (posts/pNNNNN.md with title, date and tags) into an input folder
/// with one report per post, so that this generator and others build the very same Markdown.
/// Links between posts ("../p00042/") become links between reports ("/reports/p00042/").
/// </summary>
public static partial class CorpusConverter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Convert(string corpus, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        var reports = new List<Report>();
        var posts = Directory.EnumerateFiles(Path.Combine(corpus, "posts"), "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var post in posts)
        {
            var id = Path.GetFileNameWithoutExtension(post);
            var parts = File.ReadAllText(post).Split("---\n", 3);
            var front = parts[1];
            reports.Add(new Report(id, Field(front, "title").Trim('"'), new InspectionKind("thematic"), PartialDate.Day(DateOnly.Parse(Field(front, "date"), CultureInfo.InvariantCulture)),
                null, null, null, null, Field(front, "tags").Trim('[', ']').Split(", "), Body: null, new SourceLocation(post, 1, 1)));
            File.WriteAllText(Path.Combine(folder, "reports", id + ".md"), PostLink().Replace(parts[2], "](/reports/$1/)"), Utf8);
        }
        File.WriteAllText(Path.Combine(folder, ReportsTable.Schema.FileName), ReportsTable.Schema.Write(reports), Utf8);
        File.WriteAllText(Path.Combine(folder, "site.yml"), "title: \"Benchmark corpus\"\norganisation: \"Benchmark\"\n", Utf8);
        foreach (var table in InputSchemas.Tables.Where(t => !t.Optional && t != ReportsTable.Schema))
            File.WriteAllText(Path.Combine(folder, table.FileName), table.Header, Utf8);
        return posts.Count;
    }

    private static string Field(string frontMatter, string key) =>
        frontMatter.Split('\n').First(line => line.StartsWith(key + ": ", StringComparison.Ordinal))[(key.Length + 2)..];

    [GeneratedRegex(@"\]\(\.\./(p[0-9]+)/\)")]
    private static partial Regex PostLink();
}
