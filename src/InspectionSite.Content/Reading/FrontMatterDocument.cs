using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InspectionSite.Content.Reading;

/// <summary>
/// A Markdown file with YAML front matter between "---" lines. Each field is read with the line
/// and column of its key, so that a wrong value is reported where the editor wrote it.
/// </summary>
public sealed class FrontMatterDocument
{
    private readonly Dictionary<string, (YamlNode Value, SourceLocation At)> _fields;
    private readonly DiagnosticBag _diagnostics;

    private readonly int _lineOffset; // the file's line of the YAML's first line, less one

    private FrontMatterDocument(string file, Dictionary<string, (YamlNode, SourceLocation)> fields, MarkdownText body, DiagnosticBag diagnostics, int lineOffset)
    {
        File = file;
        _lineOffset = lineOffset;
        _fields = fields;
        Body = body;
        _diagnostics = diagnostics;
    }

    public string File { get; }

    public MarkdownText Body { get; }

    public SourceLocation Start => new(File, 1, 1);

    public bool HasErrors { get; private set; }

    /// <summary>Splits and parses the file; null (with the problem reported) when the front matter is broken.</summary>
    public static FrontMatterDocument? Parse(string text, string file, DiagnosticBag diagnostics, SourceMap? sourceMap = null)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Add(new SourceLocation(file, 1, 1), "The file does not start with front matter.",
                "Make the first line '---', then the fields (title: ...), then another '---' line before the text.");
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            diagnostics.Add(new SourceLocation(file, 1, 1), "The front matter is never closed.",
                "Add a line holding only '---' after the last field.");
            return null;
        }
        var yaml = string.Join('\n', lines[1..close]);
        var body = new MarkdownText(string.Join('\n', lines[(close + 1)..]), file, close + 2);
        return FromYaml(yaml, firstLine: 2, file, body, diagnostics, sourceMap);
    }

    /// <summary>Parses a plain YAML file such as site.yml.</summary>
    public static FrontMatterDocument? ParseYaml(string text, string file, DiagnosticBag diagnostics) =>
        FromYaml(text, firstLine: 1, file, new MarkdownText("", file, 1), diagnostics, null);

    private static FrontMatterDocument? FromYaml(string yaml, int firstLine, string file, MarkdownText body, DiagnosticBag diagnostics, SourceMap? sourceMap)
    {
        var offset = firstLine - 1;
        var fields = new Dictionary<string, (YamlNode, SourceLocation)>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            if (root is not null and not YamlMappingNode)
            {
                diagnostics.Add(new SourceLocation(file, firstLine, 1), "The front matter is not a list of 'key: value' lines.", "Write one field per line, as 'title: Joint Audit Committee'.");
                return null;
            }
            foreach (var key in (root as YamlMappingNode)?.Children.Keys ?? Enumerable.Empty<YamlNode>())
            {
                var at = new SourceLocation(file, (int)key.Start.Line + offset, (int)key.Start.Column);
                var name = key is YamlScalarNode { Value: { } k } ? HeaderName.Normalise(k) : "";
                sourceMap?.AddField(at, name);
                if (!fields.TryAdd(name, (((YamlMappingNode)root!).Children[key], at)))
                    diagnostics.Add(at, $"The field '{name}' appears twice.", "Delete one of the two.");
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some unclosed brackets without a position: point at the last thing it read.
            var at = parser.Current?.Start;
            diagnostics.Add(new SourceLocation(file, (int)(at?.Line ?? 1) + offset, Math.Max(1, (int)(at?.Column ?? 1))), "The front matter is not valid YAML: a bracket, brace or quotation mark is not closed.",
                "Close every [ with ], every { with } and every quotation mark, or put the value in double quotes.");
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(new SourceLocation(file, (int)e.Start.Line + offset, Math.Max(1, (int)e.Start.Column)),
                $"The front matter is not valid YAML: {e.Message}",
                "Check the line's indentation and colons; put text containing ': ' or '#' in double quotes.");
            return null;
        }
        return new FrontMatterDocument(file, fields, body, diagnostics, offset);
    }

    /// <summary>Where a field is written, or null when it is not.</summary>
    public SourceLocation? At(string key) => _fields.TryGetValue(key, out var field) ? field.At : null;

    public void RejectUnknownFields(params string[] allowed)
    {
        foreach (var (name, (_, at)) in _fields.Where(f => !allowed.Contains(f.Key)))
            Report(at, $"Unknown field '{name}'.", $"Use one of: {string.Join(", ", allowed)}; or delete it.");
    }

    public string? Text(string key, bool required = false)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            if (required) Report(Start, $"The required field '{key}' is missing.", $"Add a line '{key}: ...' to the front matter.");
            return null;
        }
        if (field.Value is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            if (!string.IsNullOrEmpty(value)) return value;
            if (required) Report(field.At, $"The field '{key}' is empty.", $"Fill in '{key}'.");
            return null;
        }
        Report(field.At, $"The field '{key}' should be a single value.", $"Write it on one line, as '{key}: value'.");
        return null;
    }

    /// <summary>A single value that must pass <paramref name="problemOf"/>, which says what is wrong with a value, or null.</summary>
    public string? Text(string key, Func<string, string?> problemOf, string fix)
    {
        var text = Text(key);
        if (text is null || problemOf(text) is not { } problem) return text;
        Report(_fields[key].At, problem, fix);
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (UkDate.TryParse(text, out var date)) return date;
        Report(_fields[key].At, $"'{text}' is not a date.", $"Write the date day-first, as {UkDate.Accepted}.");
        return null;
    }

    public string? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null || Ids.IsValid(text)) return text;
        Report(_fields[key].At, $"'{text}' is not a valid ID.", $"IDs become web addresses: {Ids.Rule}.");
        return null;
    }

    /// <summary>A list of IDs, written as [a, b] or as "- a" lines.</summary>
    public IReadOnlyList<string> IdList(string key)
    {
        if (!_fields.TryGetValue(key, out var field)) return [];
        var items = field.Value switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(c => (c as YamlScalarNode)?.Value?.Trim() ?? ""),
            YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode scalar => scalar.Value!.Split(',', ';').Select(s => s.Trim()),
            _ => ["?"],
        };
        var ids = new List<string>();
        foreach (var item in items)
        {
            if (Ids.IsValid(item)) ids.Add(item);
            else Report(field.At, $"'{item}' in '{key}' is not a valid ID.", $"IDs become web addresses: {Ids.Rule}.");
        }
        return ids;
    }

    /// <summary>
    /// A list of IDs, or a mapping of each ID to one of <paramref name="values"/> ("solihull-jtai: published-since-last-meeting"):
    /// the IDs in the order written, and the value given to each that has one.
    /// </summary>
    public (IReadOnlyList<string> Ids, IReadOnlyDictionary<string, T> Values) IdMap<T>(string key, ValueSet<T> values) where T : notnull
    {
        if (!_fields.TryGetValue(key, out var field) || field.Value is not YamlMappingNode mapping) return (IdList(key), new Dictionary<string, T>());
        var ids = new List<string>();
        var chosen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (name, value) in mapping.Children)
        {
            var id = (name as YamlScalarNode)?.Value?.Trim() ?? "";
            var at = Position(name);
            if (!Ids.IsValid(id))
            {
                Report(at, $"'{id}' in '{key}' is not a valid ID.", $"IDs become web addresses: {Ids.Rule}.");
                continue;
            }
            ids.Add(id);
            var text = (value as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(text)) continue;
            if (values.TryParse(text, out var parsed)) chosen[id] = parsed;
            else Report(Position(value), $"'{text}' is not an allowed value for '{id}' in '{key}'.", $"Use one of: {string.Join(", ", values.Names)}; or leave it empty.");
        }
        return (ids, chosen);
    }

    /// <summary>
    /// A list of entries, each a few "name: value" lines (documents attached to a paper): each entry's values by name,
    /// each with where it is written, and where the entry starts. Names outside <paramref name="allowed"/> are reported.
    /// </summary>
    public IReadOnlyList<(IReadOnlyDictionary<string, (string Text, SourceLocation At)> Values, SourceLocation At)> Entries(string key, params string[] allowed)
    {
        if (!_fields.TryGetValue(key, out var field)) return [];
        if (field.Value is YamlScalarNode { Value: null or "" }) return [];
        if (field.Value is not YamlSequenceNode sequence)
        {
            Report(field.At, $"The field '{key}' should be a list of entries.", $"Write each entry on lines of its own, starting '- {allowed[0]}: ...'.");
            return [];
        }
        var entries = new List<(IReadOnlyDictionary<string, (string, SourceLocation)>, SourceLocation)>();
        foreach (var node in sequence.Children)
        {
            var at = Position(node);
            if (node is not YamlMappingNode entry)
            {
                Report(at, $"An entry of '{key}' is not a list of 'name: value' lines.", $"Write it as '- {allowed[0]}: ...', with the other lines of the entry indented below it.");
                continue;
            }
            var values = new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);
            foreach (var (name, value) in entry.Children)
            {
                var n = HeaderName.Normalise((name as YamlScalarNode)?.Value ?? "");
                if (!allowed.Contains(n)) Report(Position(name), $"Unknown name '{n}' in an entry of '{key}'.", $"Use one of: {string.Join(", ", allowed)}; or delete it.");
                else if ((value as YamlScalarNode)?.Value?.Trim() is { Length: > 0 } text) values[n] = (text, Position(value));
            }
            entries.Add((values, at));
        }
        return entries;
    }

    /// <summary>Reports a problem in one of the values a field holds.</summary>
    public void ReportAt(SourceLocation at, string message, string fix) => Report(at, message, fix);

    /// <summary>Where a node inside a field stands in the file.</summary>
    private SourceLocation Position(YamlNode node) => new(File, (int)node.Start.Line + _lineOffset, Math.Max(1, (int)node.Start.Column));

    private void Report(SourceLocation at, string message, string fix)
    {
        _diagnostics.Add(at, message, fix);
        HasErrors = true;
    }
}
