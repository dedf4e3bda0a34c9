using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using InspectionSite.Content.Papers;
using InspectionSite.Content.Reading.Schema;
using InspectionSite.Content.Reading.Tables;

namespace InspectionSite.Content.Reading;

/// <summary>
/// Reads the whole input folder into a <see cref="ContentSet"/>. Each file is checked on its own
/// here; references between files are checked later, by the linker. Every problem is reported.
/// </summary>
public sealed class InputReader(string inputFolder, DiagnosticBag diagnostics, CsvTableCache? tableCache = null, SourceFileCache? fileCache = null)
{
    private readonly SourceMap _sourceMap = new();

    public ContentSet Read()
    {
        var site = ReadSite();
        var inspections = Task.Run(() => ReadTableWithBodies(InspectionsTable.Schema, i => i.Source, "inspections", (i, body) => i with { Body = body }, i => i.Id));
        var reports = Task.Run(() => ReadTableWithBodies(ReportsTable.Schema, r => r.Source, "reports", (r, body) => r with { Body = body }, r => r.Id));
        var recommendations = Task.Run(() => ReadTable(RecommendationsTable.Schema, r => r.Source, Context(RecommendationsTable.Schema.FileName)));
        var progress = Task.Run(() => ReadTable(ProgressTable.Schema, p => p.Source, Context(ProgressTable.Schema.FileName)));
        var totals = Task.Run(() => ReadTable(TotalsTable.Schema, t => t.Source, Context(TotalsTable.Schema.FileName)));
        var claims = Task.Run(() => ReadOptionalTable(ClaimsTable.Schema, c => c.Source));
        var meetings = Task.Run(() => MeetingPapers.Attach(ReadDocuments("meetings", MeetingDocument.Schema), Path.Combine(inputFolder, "meetings"), f => Display(Path.Combine("meetings", f)), diagnostics));
        var pages = Task.Run(() => ReadDocuments("pages", PageDocument.Schema));
        var redirects = Task.Run(() => ReadOptionalTable(RedirectsTable.Schema, r => r.Source));
        var events = Task.Run(() => ReadOptionalTable(InspectionEventsTable.Schema, e => e.Source));
        var corrections = Task.Run(() => ReadOptionalTable(CorrectionsTable.Schema, c => c.Source));
        return new ContentSet(site, inspections.Result, reports.Result, recommendations.Result, progress.Result,
            totals.Result, meetings.Result, pages.Result, redirects.Result, _sourceMap, corrections.Result, claims.Result, events.Result);
    }

    private IReadOnlyList<T> ReadOptionalTable<T>(TableSchema<T> schema, Func<T, SourceLocation> sourceOf) where T : class =>
        File.Exists(Path.Combine(inputFolder, schema.FileName)) ? ReadTable(schema, sourceOf, Context(schema.FileName)) : [];

    /// <summary>How a file is named in messages: relative to the folder the editor works in.</summary>
    private string Display(string relative) => Path.Combine(inputFolder, relative).Replace('\\', '/');

    private SiteInfo ReadSite()
    {
        var path = Path.Combine(inputFolder, SiteSettings.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(new SourceLocation(Display(SiteSettings.FileName), 1, 1), "The site settings file is missing.", "Create site.yml with at least 'title:' and 'organisation:' lines.");
            return SiteSettings.Fallback;
        }
        var yaml = FrontMatterDocument.ParseYaml(SourceText.Read(path), Display(SiteSettings.FileName), diagnostics);
        if (yaml is null) return SiteSettings.Fallback;
        var site = SiteSettings.Schema.Read("", yaml)!;
        if (site.Logo is { } logo && !File.Exists(Path.Combine(inputFolder, logo)))
        {
            yaml.ReportAt(yaml.At(SiteSettings.LogoKey)!, $"The logo '{logo}' is not in the input folder.",
                $"Put the image at {Display(logo)}, or name the file that is there, or delete the line.");
            return site with { Logo = null };
        }
        return site;
    }

    private CsvReadContext Context(string fileName) => new(Display(fileName), diagnostics, _sourceMap);

    private IReadOnlyList<T> ReadTableWithBodies<T>(TableSchema<T> schema, Func<T, SourceLocation> sourceOf, string folder,
        Func<T, MarkdownText, T> attach, Func<T, string> idOf) where T : class
    {
        var context = Context(schema.FileName);
        var items = ReadTable(schema, sourceOf, context);
        return AttachBodies(items, folder, attach, idOf, items.Select(idOf).Concat(context.UnreadIds).ToHashSet(StringComparer.Ordinal));
    }

    private IReadOnlyList<T> ReadTable<T>(TableSchema<T> schema, Func<T, SourceLocation> sourceOf, CsvReadContext context) where T : class
    {
        var fileName = schema.FileName;
        var path = Path.Combine(inputFolder, fileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(new SourceLocation(Display(fileName), 1, 1), $"The file {fileName} is missing.", "Create it with its header row (see docs/input-formats.md); it may have no other rows.");
            return [];
        }
        var file = new FileInfo(path);
        if (!WithinLimit(file, Display(fileName), InputLimits.MaxCsvBytes)) return [];
        if (tableCache is null) return schema.Read(SourceText.Read(path), context);
        if (tableCache.Unchanged<T>(fileName, file, context) is { } untouched) return untouched;
        var stamp = FileStamp.Before(file);
        var bytes = tableCache.Read(fileName, path).Span;
        var rows = tableCache.Patch(fileName, bytes, context, schema.Read, sourceOf) ?? schema.Read(SourceText.Decode(bytes), context);
        tableCache.Keep(fileName, stamp, bytes, rows, context);
        return rows;
    }

    private IReadOnlyList<T> ReadDocuments<T>(string folder, DocumentSchema<T> schema) where T : class =>
        MarkdownFiles(folder)
            .Select(file =>
            {
                var id = Path.GetFileNameWithoutExtension(file.Name);
                var display = Display(Path.Combine(folder, file.Name));
                if (!IsValidFileId(id, display) || !WithinLimit(file, display, InputLimits.MaxMarkdownBytes)) return null;
                var document = FrontMatterDocument.Parse(ReadText(file), display, diagnostics, _sourceMap);
                return document is null ? null : schema.Read(id, document);
            })
            .OfType<T>()
            .ToList();

    /// <summary>Gives each item the Markdown file of the same name; a file without an item is reported.</summary>
    private IReadOnlyList<T> AttachBodies<T>(IReadOnlyList<T> items, string folder, Func<T, MarkdownText, T> attach, Func<T, string> idOf, IReadOnlySet<string> idsInTable)
    {
        var bodies = new Dictionary<string, MarkdownText>();
        foreach (var file in MarkdownFiles(folder))
        {
            var id = Path.GetFileNameWithoutExtension(file.Name);
            var display = Display(Path.Combine(folder, file.Name));
            if (IsValidFileId(id, display) && WithinLimit(file, display, InputLimits.MaxMarkdownBytes)) bodies[id] = new MarkdownText(ReadText(file), display, 1);
        }
        foreach (var (id, body) in bodies.Where(b => !idsInTable.Contains(b.Key)))
            diagnostics.Add(new SourceLocation(body.File, 1, 1), $"No row in {folder}.csv has the ID '{id}'.",
                $"Rename the file to match an ID in {folder}.csv, or add a row with the ID '{id}'.");
        return items.Select(item => bodies.TryGetValue(idOf(item), out var body) ? attach(item, body) : item).ToList();
    }

    private bool WithinLimit(FileInfo file, string display, long limit)
    {
        var size = file.Length;
        if (size <= limit) return true;
        diagnostics.Add(new SourceLocation(display, 1, 1), $"The file is {InputLimits.Describe(size)}; the limit is {InputLimits.Describe(limit)}.",
            "Check that this is the right file (not a whole export or a file with a runaway quotation mark); split long text across pages.");
        return false;
    }

    private bool IsValidFileId(string id, string display)
    {
        if (Ids.IsValid(id)) return true;
        diagnostics.Add(new SourceLocation(display, 1, 1), $"The file name '{id}' is not a valid ID.", $"Rename the file: {Ids.Rule}.");
        return false;
    }

    private string ReadText(FileInfo file) => fileCache?.Read(file) ?? SourceText.Read(file.FullName);

    private IEnumerable<FileInfo> MarkdownFiles(string folder)
    {
        var path = new DirectoryInfo(Path.Combine(inputFolder, folder));
        return path.Exists
            ? path.EnumerateFiles("*.md").OrderBy(f => f.Name, StringComparer.Ordinal)
            : [];
    }
}
