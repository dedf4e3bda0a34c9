using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>Files far beyond any real source stop the build with a clear message instead of exhausting memory.</summary>
public sealed class LimitTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithRealInput();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_50_MB_csv_stops_with_a_limit_message()
    {
        var file = Path.Combine(_folder["input"], "progress.csv");
        using (var stream = File.Open(file, FileMode.Append))
            stream.SetLength(50L * 1024 * 1024);

        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.EndsWith("input/progress.csv", problem.Location.File);
        Assert.Contains("50.0 MB; the limit is 20.0 MB", problem.Message);
    }

    [Fact]
    public void A_5_MB_markdown_file_stops_with_a_limit_message()
    {
        var file = Path.Combine(_folder["input"], "pages", "about.md");
        File.AppendAllText(file, new string('x', 5 * 1024 * 1024));

        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.Contains("the limit is 2.0 MB", problem.Message);
    }

    [Fact]
    public void An_unclosed_quote_near_the_top_of_a_large_file_is_reported_not_swallowed()
    {
        var file = Path.Combine(_folder["input"], "progress.csv");
        var rows = string.Concat(Enumerable.Repeat("9159,2022-06-30,open,,a note\n", 60_000));
        File.WriteAllText(file, "recommendation,meeting,status,rag,note\n9159,2022-06-30,open,,\"never closed\n" + rows);

        var problem = Assert.Single(SiteBuilder.Problems(_folder["input"], _folder["output"]));
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("quotation mark", problem.Message);
        Assert.True(InputLimits.MaxCsvRecordBytes < rows.Length);
    }
}
