using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using InspectionSite.Preview;
using InspectionSite.Tests.Support;
using Xunit.Abstractions;

namespace InspectionSite.Tests;

/// <summary>Timing-sensitive: run alone, not beside the other tests.</summary>
[CollectionDefinition(nameof(PreviewTests), DisableParallelization = true)]
public sealed class PreviewCollection;

/// <summary>
/// The live preview: serves the site as Netlify would, shows an edit once the page reloads, and keeps the last
/// good site served, with the problems reported, when an edit breaks the build.
/// </summary>
[Trait("Speed", "Slow")]
[Collection(nameof(PreviewTests))]
public sealed class PreviewTests(ITestOutputHelper output)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The search index follows a rebuild by <see cref="SiteRebuilder.SearchIndexDelay"/> plus Pagefind's run, which a busy machine stretches.</summary>
    private static readonly TimeSpan IndexTimeout = TimeSpan.FromSeconds(60);
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_preview_serves_the_built_site_with_the_headers_of_netlify_toml()
    {
        await using var preview = await PreviewSession.StartAsync();

        using var home = await preview.Http.GetAsync("/");
        Assert.Equal(200, (int)home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SiteHeaders.ContentSecurityPolicy, Header(home, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(home, "X-Content-Type-Options"));
        Assert.Contains("max-age=0", Header(home, "Cache-Control"));

        var html = await home.Content.ReadAsStringAsync();
        var page = Parser.ParseDocument(html);
        Assert.Single(page.QuerySelectorAll($"script[src='{PreviewServer.ScriptPath}'][data-build]"));
        var injected = System.Text.RegularExpressions.Regex.Match(html, "<script src=\"/_preview/preview.js\"[^>]*></script>").Value;
        Assert.Equal(File.ReadAllText(Path.Combine(preview.Output, "index.html")), html.Replace(injected, ""));
        Assert.DoesNotContain("_preview", File.ReadAllText(Path.Combine(preview.Output, "index.html")));

        using var stylesheet = await preview.Http.GetAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(200, (int)stylesheet.StatusCode);
        Assert.Contains("immutable", Header(stylesheet, "Cache-Control"));
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType!.MediaType);

        using var client = await preview.Http.GetAsync(PreviewServer.ScriptPath);
        Assert.Equal("text/javascript", client.Content.Headers.ContentType!.MediaType);
        Assert.Contains("EventSource", await client.Content.ReadAsStringAsync());

        using var missing = await preview.Http.GetAsync("/no-such-page/");
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());

        using var folder = await preview.Http.GetAsync("/reports");
        Assert.Equal(301, (int)folder.StatusCode);
        Assert.Equal("/reports/", folder.Headers.Location!.OriginalString);

        using var buildFile = await preview.Http.GetAsync("/_redirects");
        Assert.Equal(404, (int)buildFile.StatusCode);
    }

    [Fact]
    public async Task A_status_changed_in_excel_shows_after_the_reload()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        var (type, data) = await events.NextAsync(EventTimeout);
        Assert.Equal("built", type);
        var firstBuild = data.GetProperty("build").GetString();
        Assert.Contains("Open", StatusOn(await preview.PageAsync("/recommendations/9962/")));

        var clock = Stopwatch.StartNew();
        SaveAsExcelDoes(Path.Combine(preview.Input, "progress.csv"), "9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,");
        (type, data) = await events.NextAsync(EventTimeout);
        var page = await preview.PageAsync("/recommendations/9962/");
        clock.Stop();

        Assert.Equal("built", type);
        var newBuild = data.GetProperty("build").GetString();
        Assert.NotEqual(firstBuild, newBuild);
        Assert.Equal(newBuild, Parser.ParseDocument(page).QuerySelector($"script[src='{PreviewServer.ScriptPath}']")!.GetAttribute("data-build"));
        Assert.Contains("Evidence gathering", StatusOn(page));
        output.WriteLine($"From saving progress.csv to the new page: {clock.ElapsedMilliseconds} ms.\n{preview.Log}");
    }

    /// <summary>
    /// Excel saves in steps: it writes the new file under a name of its own, moves the old one aside and moves the new
    /// one in. On a slow disk a rebuild can start between the steps, when progress.csv is missing: that must not show.
    /// </summary>
    [Fact]
    public async Task A_save_in_steps_shows_only_the_saved_file()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        Assert.Equal("built", (await events.NextAsync(EventTimeout)).Type);
        var progress = Path.Combine(preview.Input, "progress.csv");
        var written = Path.Combine(preview.Input, "B2E4F610");
        var aside = Path.Combine(preview.Input, "A1B2C3D4");

        File.WriteAllText(written, File.ReadAllText(progress).Replace("9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,"));
        File.Move(progress, aside);
        await Task.Delay(SiteRebuilder.SettleTime * 4);
        File.Move(written, progress);
        File.Delete(aside);

        var (type, data) = await events.NextAsync(EventTimeout);
        Assert.True(type == "built", $"The first event after the save was '{type}': {data}\n{preview.Log}");
        Assert.Contains("Evidence gathering", StatusOn(await preview.PageAsync("/recommendations/9962/")));
        Assert.DoesNotContain("could not be rebuilt", preview.Log);
        Assert.DoesNotContain("B2E4F610", preview.Log);
        output.WriteLine(preview.Log);
    }

    /// <summary>At 10k, Pagefind takes about ten seconds; an edit made meanwhile must not wait for it.</summary>
    [Fact]
    public async Task An_edit_made_while_the_search_index_is_being_brought_up_to_date_is_served_without_waiting_for_it()
    {
        using var folder = TempFolder.WithRealInput();
        var options = new Pipeline.BuildOptions(folder["input"], folder["output"], null, null, SiteBuilder.AsOf);
        using var served = new ServedSite(options.OutputFolder);
        using var indexing = new SemaphoreSlim(0);
        using var finish = new SemaphoreSlim(0);
        var runs = 0;
        var onPoolThread = false;
        int IndexUntilTold(string site, string bundle) // stands in for Pagefind, and runs until the test lets it finish
        {
            Interlocked.Increment(ref runs);
            onPoolThread |= Thread.CurrentThread.IsThreadPoolThread; // where a wait of seconds holds back the preview's timers
            indexing.Release();
            finish.Wait(TimeSpan.FromMinutes(1));
            Directory.CreateDirectory(bundle);
            return 0;
        }
        var rebuilder = new SiteRebuilder(options, new Pipeline.BuildPipeline(options).OpenOutputFolder(), served,
            new BuildEvents(new BuildStatus(served.Build, [])), TextWriter.Null, IndexUntilTold);
        try
        {
            Assert.True(rebuilder.Build("Started").Succeeded);
            var progress = Path.Combine(folder["input"], "progress.csv");
            SaveAsExcelDoes(progress, "9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,");
            Assert.True(rebuilder.Build("Changed progress.csv").Succeeded);
            Assert.True(await indexing.WaitAsync(TimeSpan.FromSeconds(30)), "the search index should be brought up to date after the edit");

            SaveAsExcelDoes(progress, "9962,2022-09-29,evidence-gathering,", "9962,2022-09-29,signed-off-by-force,");
            var second = await Task.Run(() => rebuilder.Build("Changed progress.csv")).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(second.Succeeded);
            Assert.Equal(1, runs);
            Assert.Contains("Signed off by the force", StatusOn(File.ReadAllText(Path.Combine(folder["output"], "recommendations", "9962", "index.html"))));
            finish.Release();
            Assert.True(await indexing.WaitAsync(TimeSpan.FromSeconds(30)), "the edit made during indexing should bring another run");
            Assert.Equal(2, runs);
            Assert.False(onPoolThread);
        }
        finally
        {
            finish.Release(2);
            rebuilder.Dispose();
        }
    }

    /// <summary>The warm-up after start-up builds with the cache but publishes nothing, even when an edit was saved just before it.</summary>
    [Fact]
    public void An_edit_the_warm_up_build_saw_first_is_published_by_its_own_rebuild()
    {
        using var folder = TempFolder.WithRealInput();
        var options = new Pipeline.BuildOptions(folder["input"], folder["output"], null, null, SiteBuilder.AsOf);
        using var served = new ServedSite(options.OutputFolder);
        using var rebuilder = new SiteRebuilder(options, new Pipeline.BuildPipeline(options).OpenOutputFolder(), served,
            new BuildEvents(new BuildStatus(served.Build, [])), TextWriter.Null);
        var page = Path.Combine(folder["output"], "recommendations", "9962", "index.html");
        Assert.True(rebuilder.Build("Started").Succeeded);

        SaveAsExcelDoes(Path.Combine(folder["input"], "progress.csv"), "9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,");
        rebuilder.WarmUp();
        Assert.Contains("Open", StatusOn(File.ReadAllText(page)));
        Assert.True(rebuilder.Build("Changed progress.csv").Succeeded);

        Assert.Contains("Evidence gathering", StatusOn(File.ReadAllText(page)));
    }

    [Fact]
    public async Task After_an_edit_the_open_data_follows_once_the_page_has_reloaded()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        Assert.Equal("built", (await events.NextAsync(EventTimeout)).Type);
        Assert.Contains("\n9962,2022-09-29,2022-09-29,open,", await preview.PageAsync("/data/progress.csv"));

        SaveAsExcelDoes(Path.Combine(preview.Input, "progress.csv"), "9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,");
        Assert.Equal("built", (await events.NextAsync(EventTimeout)).Type);
        Assert.Contains("Evidence gathering", StatusOn(await preview.PageAsync("/recommendations/9962/")));

        var clock = Stopwatch.StartNew();
        var download = "";
        while (!download.Contains("\n9962,2022-09-29,2022-09-29,evidence-gathering,") && clock.Elapsed < EventTimeout)
        {
            await Task.Delay(50);
            download = await preview.PageAsync("/data/progress.csv");
        }
        Assert.Contains("\n9962,2022-09-29,2022-09-29,evidence-gathering,", download);
        output.WriteLine($"The download followed the page {clock.ElapsedMilliseconds} ms after it.");
    }

    /// <summary>Stopped straight after a rebuild, the preview still writes its downloads: the output folder is left whole.</summary>
    [Fact]
    public void Stopped_straight_after_an_edit_the_preview_leaves_its_downloads_written()
    {
        using var folder = TempFolder.WithRealInput();
        var options = new Pipeline.BuildOptions(folder["input"], folder["output"], null, null, SiteBuilder.AsOf);
        using var served = new ServedSite(options.OutputFolder);
        var rebuilder = new SiteRebuilder(options, new Pipeline.BuildPipeline(options).OpenOutputFolder(), served,
            new BuildEvents(new BuildStatus(served.Build, [])), TextWriter.Null);
        Assert.True(rebuilder.Build("Started").Succeeded);

        SaveAsExcelDoes(Path.Combine(folder["input"], "progress.csv"), "9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,");
        Assert.True(rebuilder.Build("Changed progress.csv").Succeeded);
        rebuilder.Dispose();

        Assert.Contains("\n9962,2022-09-29,2022-09-29,evidence-gathering,", File.ReadAllText(Path.Combine(folder["output"], "data", "progress.csv")));
    }

    [Fact]
    public async Task After_an_edit_the_search_index_follows_once_the_page_has_reloaded()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        Assert.Equal("built", (await events.NextAsync(EventTimeout)).Type);
        var before = await preview.PageAsync("/pagefind/pagefind-entry.json");

        SaveAsExcelDoes(Path.Combine(preview.Input, "progress.csv"), "9962,2022-09-29,open,", "9962,2022-09-29,evidence-gathering,");
        Assert.Equal("built", (await events.NextAsync(EventTimeout)).Type);

        var clock = Stopwatch.StartNew();
        var after = before;
        while (after == before && clock.Elapsed < IndexTimeout)
        {
            await Task.Delay(100);
            using var response = await preview.Http.GetAsync("/pagefind/pagefind-entry.json");
            if (response.IsSuccessStatusCode) after = await response.Content.ReadAsStringAsync();
        }
        Assert.NotEqual(before, after);
        Assert.Contains("search index updated", preview.Log);
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(preview.Output)!, ".output.search-*"));
    }

    [Fact]
    public async Task A_broken_date_keeps_the_last_good_site_served_and_reports_where_it_is()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        var (_, data) = await events.NextAsync(EventTimeout);
        var goodBuild = data.GetProperty("build").GetString();
        var before = await preview.PageAsync("/reports/rape-survivors-phase-2/");

        var reports = Path.Combine(preview.Input, "reports.csv");
        var line = InputEdits.Replace(reports, "2022-02-24", "31/02/2022");
        (var type, data) = await events.NextAsync(EventTimeout);

        Assert.Equal("failed", type);
        Assert.Equal(goodBuild, data.GetProperty("build").GetString());
        var problem = Assert.Single(data.GetProperty("problems").EnumerateArray());
        Assert.EndsWith($"input/reports.csv:{line}:4", problem.GetProperty("location").GetString());
        Assert.Contains("'31/02/2022' is not a date", problem.GetProperty("message").GetString());
        Assert.Contains("30/06/2022", problem.GetProperty("fix").GetString());
        Assert.Equal(before, await preview.PageAsync("/reports/rape-survivors-phase-2/"));
        Assert.Contains($"input/reports.csv:{line}:4: '31/02/2022' is not a date.", preview.Log);
        Assert.Contains("The last good site is still being served.", preview.Log);

        InputEdits.Replace(reports, "31/02/2022", "24/02/2022");
        (type, data) = await events.NextAsync(EventTimeout);
        Assert.Equal("built", type);
        Assert.NotEqual(goodBuild, data.GetProperty("build").GetString());
        Assert.Empty(data.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task A_renamed_page_is_redirected_as_netlify_would()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        await events.NextAsync(EventTimeout);

        File.WriteAllText(Path.Combine(preview.Input, "redirects.csv"), "from,to\n/reports/solihull/,/reports/solihull-jtai/\n");
        Assert.Equal("built", (await events.NextAsync(EventTimeout)).Type);

        using var response = await preview.Http.GetAsync("/reports/solihull/");
        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal("/reports/solihull-jtai/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_site_built_for_a_sub_folder_is_served_under_it()
    {
        await using var preview = await PreviewSession.StartAsync(basePath: "/hmicfrs");
        var home = Parser.ParseDocument(await preview.PageAsync("/hmicfrs/"));
        using var stylesheet = await preview.Http.GetAsync(home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(200, (int)stylesheet.StatusCode);

        using var folder = await preview.Http.GetAsync("/hmicfrs");
        Assert.Equal("/hmicfrs/", folder.Headers.Location!.OriginalString);
        using var outside = await preview.Http.GetAsync("/reports/");
        Assert.Equal(404, (int)outside.StatusCode);
    }

    [Fact]
    public async Task A_built_folder_is_served_as_it_stands_with_the_headers_of_netlify_toml_and_no_live_script()
    {
        using var folder = new TempFolder();
        SiteBuilder.Build(Repository.Input, folder["output"]);
        await using var server = await PreviewServer.ServeAsync(folder["output"], SiteHeaders.Netlify);
        using var http = new HttpClient { BaseAddress = server.SiteAddress };

        using var home = await http.GetAsync("/");
        Assert.Equal(200, (int)home.StatusCode);
        Assert.Equal(SiteHeaders.ContentSecurityPolicy, Header(home, "Content-Security-Policy"));
        Assert.Equal(File.ReadAllBytes(folder["output/index.html"]), await home.Content.ReadAsByteArrayAsync());

        using var missing = await http.GetAsync("/no-such-page/");
        Assert.Equal(404, (int)missing.StatusCode);
        foreach (var path in new[] { PreviewServer.EventsPath, PreviewServer.ScriptPath })
        {
            using var preview = await http.GetAsync(path);
            Assert.Equal(404, (int)preview.StatusCode);
        }
    }

    [LinuxFact]
    public void Ctrl_c_stops_the_preview_cleanly()
    {
        using var folder = TempFolder.WithRealInput();
        var start = Generator.StartInfo(folder.Path, "preview", "--port", "0", "--as-of", "2022-10-01");
        start.FileName = "env"; // a test runner started in the background may ignore SIGINT; Ctrl+C in a terminal never is
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.ArgumentList.Insert(1, "dotnet");
        using var process = Process.Start(start)!;
        var printed = new StringBuilder();
        try
        {
            var address = WaitForAddress(process, printed);
            using var http = new HttpClient();
            Assert.Equal(200, (int)http.GetAsync(address).Result.StatusCode);
            using var events = http.GetStreamAsync(address + PreviewServer.EventsPath[1..]).Result; // an open page

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "The preview did not stop within 10 s of Ctrl+C.");
            printed.Append(process.StandardOutput.ReadToEnd());

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", printed.ToString());
            Assert.Empty(Directory.EnumerateDirectories(folder.Path, ".output.*"));
            Assert.True(File.Exists(folder["output/index.html"]));
            Assert.ThrowsAny<Exception>(() => http.GetAsync(address).Result);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static string WaitForAddress(Process process, StringBuilder printed)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"The preview ended early:\n{printed}{process.StandardError.ReadToEnd()}");
            printed.AppendLine(line);
            const string marker = "Previewing at ";
            if (line.StartsWith(marker, StringComparison.Ordinal)) return line[marker.Length..].Split(' ')[0];
        }
        throw new TimeoutException($"The preview did not start:\n{printed}");
    }

    /// <summary>Replaces a text and saves the file as Excel's "CSV UTF-8" does: a byte-order mark and CRLF line ends.</summary>
    private static void SaveAsExcelDoes(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        text = text.Replace(from, to).ReplaceLineEndings("\r\n");
        File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static string StatusOn(string html) => Parser.ParseDocument(html).QuerySelector(".item-status")!.TextContent;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header.");
}
