using System.Globalization;
using System.Text;

namespace InspectionSite.Netlify;

/// <summary>A TOML table: values are string, long, bool, <see cref="TomlTable"/> or a list of tables.</summary>
public sealed class TomlTable : Dictionary<string, object>
{
    public TomlTable() : base(StringComparer.Ordinal) { }

    public string? Text(string key) => TryGetValue(key, out var value) ? value as string : null;

    public TomlTable? Table(string key) => TryGetValue(key, out var value) ? value as TomlTable : null;

    public IReadOnlyList<TomlTable> Tables(string key) => TryGetValue(key, out var value) && value is List<TomlTable> list ? list : [];
}

/// <summary>A line of netlify.toml that the reader does not accept.</summary>
public sealed class TomlException(string file, int line, string message) : Exception($"{file}:{line}: {message}")
{
    public int Line { get; } = line;
}

/// <summary>
/// Reads the part of TOML that netlify.toml uses: comments, [tables], [[arrays of tables]], dotted table
/// names, and key = "string", 'literal string', integer or boolean. Anything else is refused with its line,
/// rather than read in a way Netlify would not, so the tests and the preview see what Netlify sees.
/// </summary>
public static class TomlReader
{
    public static TomlTable Parse(string text, string file)
    {
        var root = new TomlTable();
        var current = root;
        var declared = new HashSet<TomlTable>(ReferenceEqualityComparer.Instance);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = new LineScanner(lines[i], file, number);
            line.SkipSpace();
            if (line.AtEnd) continue;
            if (line.Peek() == '[')
                current = ReadHeader(line, root, declared);
            else
                ReadKeyValue(line, current);
            line.SkipSpace();
            if (!line.AtEnd) throw line.Error("Unexpected text after the value.");
        }
        return root;
    }

    private static TomlTable ReadHeader(LineScanner line, TomlTable root, HashSet<TomlTable> declared)
    {
        line.Expect('[');
        var isArray = line.TryTake('[');
        var names = new List<string>();
        do
        {
            line.SkipSpace();
            names.Add(line.ReadKey());
            line.SkipSpace();
        } while (line.TryTake('.'));
        line.Expect(']');
        if (isArray) line.Expect(']');

        var table = root;
        foreach (var name in names.Take(names.Count - 1)) table = Descend(table, name, line);
        var last = names[^1];
        if (isArray)
        {
            if (!table.TryGetValue(last, out var existing)) table[last] = existing = new List<TomlTable>();
            if (existing is not List<TomlTable> list) throw line.Error($"'{last}' is already a value, not an array of tables.");
            var element = new TomlTable();
            list.Add(element);
            declared.Add(element);
            return element;
        }
        var named = Descend(table, last, line);
        if (!declared.Add(named)) throw line.Error($"The table [{string.Join('.', names)}] is defined twice.");
        return named;
    }

    /// <summary>The table called <paramref name="name"/> inside <paramref name="table"/>, or the last element of an array of tables.</summary>
    private static TomlTable Descend(TomlTable table, string name, LineScanner line)
    {
        if (!table.TryGetValue(name, out var existing)) table[name] = existing = new TomlTable();
        return existing switch
        {
            TomlTable child => child,
            List<TomlTable> list => list[^1],
            _ => throw line.Error($"'{name}' is already a value, not a table."),
        };
    }

    private static void ReadKeyValue(LineScanner line, TomlTable table)
    {
        var key = line.ReadKey();
        line.SkipSpace();
        if (line.Peek() == '.') throw line.Error("Dotted keys are not supported here; use a [table] header.");
        line.Expect('=');
        line.SkipSpace();
        var value = line.ReadValue();
        if (!table.TryAdd(key, value)) throw line.Error($"The key '{key}' is defined twice.");
    }

    /// <summary>Reads one line, character by character; comments end it.</summary>
    private sealed class LineScanner(string text, string file, int number)
    {
        private int _at;

        public bool AtEnd => _at >= text.Length || text[_at] == '#';

        public char Peek() => _at < text.Length ? text[_at] : '\0';

        public TomlException Error(string message) => new(file, number, message);

        public void SkipSpace()
        {
            while (_at < text.Length && text[_at] is ' ' or '\t') _at++;
        }

        public bool TryTake(char c)
        {
            if (Peek() != c) return false;
            _at++;
            return true;
        }

        public void Expect(char c)
        {
            if (!TryTake(c)) throw Error($"Expected '{c}'.");
        }

        public string ReadKey()
        {
            if (Peek() == '"') return ReadBasicString();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '-')) _at++;
            if (_at == start) throw Error("Expected a key.");
            return text[start.._at];
        }

        public object ReadValue()
        {
            var c = Peek();
            if (c == '"') return text.AsSpan(_at).StartsWith("\"\"\"") ? throw Error("Multi-line strings are not supported here.") : ReadBasicString();
            if (c == '\'') return text.AsSpan(_at).StartsWith("'''") ? throw Error("Multi-line strings are not supported here.") : ReadLiteralString();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '+' or '-' or '_')) _at++;
            var word = text[start.._at];
            if (word == "true") return true;
            if (word == "false") return false;
            if (long.TryParse(word.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
            throw Error(word.Length == 0 ? $"Unsupported value starting '{c}'." : $"Unsupported value '{word}'.");
        }

        private string ReadBasicString()
        {
            Expect('"');
            var value = new StringBuilder();
            while (true)
            {
                if (_at >= text.Length) throw Error("The string is not closed.");
                var c = text[_at++];
                if (c == '"') return value.ToString();
                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }
                var escape = _at < text.Length ? text[_at++] : '\0';
                value.Append(escape switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    't' => '\t',
                    'u' => ReadCodeUnit(),
                    _ => throw Error($"Unsupported escape '\\{escape}'."),
                });
            }
        }

        /// <summary>The four hex digits after \u.</summary>
        private char ReadCodeUnit()
        {
            if (_at + 4 > text.Length || !int.TryParse(text.AsSpan(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                throw Error("Expected four hex digits after \\u.");
            _at += 4;
            return (char)code;
        }

        private string ReadLiteralString()
        {
            Expect('\'');
            var end = text.IndexOf('\'', _at);
            if (end < 0) throw Error("The string is not closed.");
            var value = text[_at..end];
            _at = end + 1;
            return value;
        }
    }
}
