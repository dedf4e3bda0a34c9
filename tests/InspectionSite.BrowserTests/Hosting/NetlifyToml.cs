using System.Globalization;
using System.Text;

namespace InspectionSite.BrowserTests.Hosting;

/// <summary>
/// Reads the [[headers]] blocks of netlify.toml, so that the test server sends exactly what Netlify will.
/// No TOML library is available here, so this reads the part of TOML that netlify.toml uses: tables,
/// arrays of tables, bare and quoted keys, the four kinds of string, arrays and inline tables. Anything
/// else in a headers block stops the tests with the line it is on, rather than being silently ignored.
/// </summary>
public sealed class NetlifyToml
{
    private readonly string _text;
    private readonly string _file;
    private int _at;

    private NetlifyToml(string text, string file)
    {
        _text = text.ReplaceLineEndings("\n");
        _file = file;
    }

    public static IReadOnlyList<HeaderRule> ReadHeaders(string file) => ParseHeaders(File.ReadAllText(file), file);

    public static IReadOnlyList<HeaderRule> ParseHeaders(string toml, string file = "netlify.toml") => new NetlifyToml(toml, file).Headers();

    private IReadOnlyList<HeaderRule> Headers()
    {
        var rules = new List<HeaderRule>();
        string? currentFor = null;
        List<KeyValuePair<string, string>>? currentValues = null;
        var section = Section.Other;

        void Finish()
        {
            if (currentValues is null) return;
            if (currentFor is null) throw Problem("a [[headers]] block has no 'for'");
            rules.Add(new HeaderRule(currentFor, currentValues));
            (currentFor, currentValues) = (null, null);
        }

        while (SkipBlankLines())
        {
            if (Peek("[["))
            {
                Finish();
                var name = ReadBracketed("[[", "]]");
                section = name == "headers" ? Section.Headers : Section.Other;
                if (section == Section.Headers) currentValues = [];
            }
            else if (Peek("["))
            {
                var name = ReadBracketed("[", "]");
                section = name == "headers.values" && currentValues is not null ? Section.Values : Section.Other;
                if (section == Section.Other) Finish();
            }
            else
            {
                var key = ReadKey();
                SkipSpaces();
                Expect('=');
                SkipSpaces();
                var value = ReadValue();
                switch (section)
                {
                    case Section.Headers when key == "for":
                        currentFor = value as string ?? throw Problem("'for' must be a string");
                        break;
                    case Section.Headers when key == "values":
                        throw Problem("write the headers under a [headers.values] table; an inline 'values = { ... }' is not read here");
                    case Section.Headers when key.StartsWith("values.", StringComparison.Ordinal):
                        currentValues!.Add(new(key["values.".Length..], HeaderValue(key, value)));
                        break;
                    case Section.Values:
                        currentValues!.Add(new(key, HeaderValue(key, value)));
                        break;
                }
            }
            EndOfLine();
        }
        Finish();
        return rules;
    }

    private enum Section { Other, Headers, Values }

    /// <summary>As Netlify sends it: trimmed, list items joined by ", ", and line breaks folded, since a header is one line.</summary>
    private string HeaderValue(string key, object value)
    {
        var text = value switch
        {
            string s => s,
            List<object> items when items.All(i => i is string) => string.Join(", ", items.Cast<string>().Select(i => i.Trim())),
            _ => throw Problem($"the header '{key}' must be a string or an array of strings"),
        };
        var folded = string.Join(' ', text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return string.Join(", ", folded.Split(',').Select(part => part.Trim()));
    }

    private bool SkipBlankLines()
    {
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c is ' ' or '\t' or '\n') _at++;
            else if (c == '#') SkipComment();
            else return true;
        }
        return false;
    }

    private void SkipSpaces()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\t') _at++;
    }

    private void SkipComment()
    {
        while (_at < _text.Length && _text[_at] != '\n') _at++;
    }

    private void EndOfLine()
    {
        SkipSpaces();
        if (_at < _text.Length && _text[_at] == '#') SkipComment();
        if (_at < _text.Length && _text[_at] != '\n') throw Problem($"unexpected '{_text[_at]}'");
    }

    private bool Peek(string text) => string.CompareOrdinal(_text, _at, text, 0, text.Length) == 0;

    private void Expect(char c)
    {
        if (_at >= _text.Length || _text[_at] != c) throw Problem($"'{c}' expected");
        _at++;
    }

    private string ReadBracketed(string open, string close)
    {
        _at += open.Length;
        var end = _text.IndexOf(close, _at, StringComparison.Ordinal);
        var newline = _text.IndexOf('\n', _at);
        if (end < 0 || (newline >= 0 && newline < end)) throw Problem($"'{close}' expected");
        var name = string.Join('.', _text[_at..end].Split('.').Select(part => part.Trim().Trim('"', '\'')));
        _at = end + close.Length;
        return name;
    }

    /// <summary>A bare key, a quoted key, or a dotted key (returned with its dots).</summary>
    private string ReadKey()
    {
        var key = new StringBuilder();
        while (true)
        {
            SkipSpaces();
            if (Peek("\"") || Peek("'")) key.Append((string)ReadValue());
            else
            {
                var start = _at;
                while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-')) _at++;
                if (_at == start) throw Problem("a key expected");
                key.Append(_text, start, _at - start);
            }
            SkipSpaces();
            if (!Peek(".")) return key.ToString();
            _at++;
            key.Append('.');
        }
    }

    /// <summary>A string, an array (List of values), an inline table (skipped, returned as null text) or a bare value (its text).</summary>
    private object ReadValue()
    {
        if (Peek("\"\"\"")) return ReadMultiLine("\"\"\"", escapes: true);
        if (Peek("'''")) return ReadMultiLine("'''", escapes: false);
        if (Peek("\"")) return ReadBasicString();
        if (Peek("'")) return ReadLiteralString();
        if (Peek("[")) return ReadArray();
        if (Peek("{")) return ReadInlineTable();
        var start = _at;
        while (_at < _text.Length && _text[_at] is not ('\n' or '#' or ',' or ']' or '}')) _at++;
        var bare = _text[start.._at].Trim();
        if (bare.Length == 0) throw Problem("a value expected");
        return new BareValue(bare);
    }

    private sealed record BareValue(string Text);

    private List<object> ReadArray()
    {
        _at++;
        var items = new List<object>();
        while (true)
        {
            SkipBlankLines();
            if (Peek("]")) { _at++; return items; }
            items.Add(ReadValue());
            SkipBlankLines();
            if (Peek(",")) _at++;
            else if (!Peek("]")) throw Problem("',' or ']' expected in an array");
        }
    }

    private Dictionary<string, object> ReadInlineTable()
    {
        _at++;
        var table = new Dictionary<string, object>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpaces();
            if (Peek("}")) { _at++; return table; }
            var key = ReadKey();
            SkipSpaces();
            Expect('=');
            SkipSpaces();
            table[key] = ReadValue();
            SkipSpaces();
            if (Peek(",")) _at++;
            else if (!Peek("}")) throw Problem("',' or '}' expected in an inline table");
        }
    }

    private string ReadLiteralString()
    {
        _at++;
        var end = _text.IndexOfAny(['\'', '\n'], _at);
        if (end < 0 || _text[end] != '\'') throw Problem("an unterminated string");
        var value = _text[_at..end];
        _at = end + 1;
        return value;
    }

    private string ReadBasicString()
    {
        _at++;
        var value = new StringBuilder();
        while (true)
        {
            if (_at >= _text.Length || _text[_at] == '\n') throw Problem("an unterminated string");
            var c = _text[_at++];
            if (c == '"') return value.ToString();
            if (c == '\\') value.Append(ReadEscape());
            else value.Append(c);
        }
    }

    private string ReadMultiLine(string quote, bool escapes)
    {
        _at += quote.Length;
        if (Peek("\n")) _at++; // a newline straight after the opening quotes is not part of the string
        var value = new StringBuilder();
        while (true)
        {
            if (_at >= _text.Length) throw Problem("an unterminated multi-line string");
            if (Peek(quote) && !(_at + quote.Length < _text.Length && _text[_at + quote.Length] == quote[0]))
            {
                _at += quote.Length;
                return value.ToString();
            }
            var c = _text[_at++];
            if (escapes && c == '\\')
            {
                if (char.IsWhiteSpace(_text[_at]))
                {
                    // A backslash at the end of a line joins it to the next one, dropping the whitespace between.
                    while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
                    continue;
                }
                value.Append(ReadEscape());
            }
            else value.Append(c);
        }
    }

    private string ReadEscape()
    {
        var c = _text[_at++];
        return c switch
        {
            'b' => "\b", 't' => "\t", 'n' => "\n", 'f' => "\f", 'r' => "\r", 'e' => "\u001b",
            '"' => "\"", '\\' => "\\",
            'u' => char.ConvertFromUtf32(int.Parse(Take(4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
            'U' => char.ConvertFromUtf32(int.Parse(Take(8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
            _ => throw Problem($"an unknown escape '\\{c}'"),
        };
    }

    private string Take(int length)
    {
        if (_at + length > _text.Length) throw Problem("a short escape");
        var text = _text.Substring(_at, length);
        _at += length;
        return text;
    }

    private FormatException Problem(string what)
    {
        var line = _text.AsSpan(0, Math.Min(_at, _text.Length)).Count('\n') + 1;
        return new FormatException($"{_file}:{line}: {what}.");
    }
}
