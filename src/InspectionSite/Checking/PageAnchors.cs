using System.Net;
using System.Text;

namespace InspectionSite.Checking;

/// <summary>What the link checker needs of one page: the ids it defines and the addresses it points to.</summary>
public sealed record PageAnchors(IReadOnlySet<string> Ids, IReadOnlyList<string> Links)
{
    /// <summary>The links that point into another page at an anchor ("/reports/x/#items"): the only ones another page's ids can break.</summary>
    public IReadOnlyList<string> AnchorsElsewhere { get; } = Links.Where(l => l.IndexOf('#') > 0).ToList();

    private (string BasePath, IReadOnlySet<string> Files)? _anchoredFiles;

    /// <summary>
    /// The files of the site that <see cref="AnchorsElsewhere"/> lead to, worked out once per page and base path:
    /// the preview keeps the pages it did not render again, and asks this of every one of them at each rebuild.
    /// </summary>
    public IReadOnlySet<string> AnchoredFiles(string basePath)
    {
        if (_anchoredFiles is { } known && known.BasePath == basePath) return known.Files;
        var files = AnchorsElsewhere.Select(link => LinkChecker.TargetOf(link, basePath)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _anchoredFiles = (basePath, files);
        return files;
    }

    /// <summary>
    /// Reads a page's ids, the href of every &lt;a&gt; and &lt;link&gt;, and every src, straight from its UTF-8
    /// bytes, following the HTML tokenizer's rules for tags, attributes, comments and raw-text elements. No DOM
    /// is built: that is what makes checking ten thousand pages take well under a second.
    /// </summary>
    public static PageAnchors Scan(ReadOnlySpan<byte> html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>(capacity: 64);
        var at = 0;
        while (at < html.Length)
        {
            var open = html[at..].IndexOf((byte)'<');
            if (open < 0) break;
            at += open + 1;
            if (at >= html.Length) break;
            var next = html[at];
            if (html[at..].StartsWith("!--"u8)) at = SkipComment(html, at + 3);
            else if (next is (byte)'!' or (byte)'?' or (byte)'/') at = SkipPast(html, at, ">"u8);
            else if (IsAsciiLetter(next)) at = ReadTag(html, at, ids, links);
        }
        return new PageAnchors(ids, links);
    }

    /// <summary>Reads a start tag from its name to its closing '&gt;'; returns where the text after it starts.</summary>
    private static int ReadTag(ReadOnlySpan<byte> html, int at, HashSet<string> ids, List<string> links)
    {
        var nameStart = at;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not ((byte)'>' or (byte)'/')) at++;
        var name = html[nameStart..at];
        var isLinkElement = Ascii.EqualsIgnoreCase(name, "a"u8) || Ascii.EqualsIgnoreCase(name, "link"u8);
        bool seenId = false, seenHref = false, seenSrc = false; // the first of two same-named attributes wins
        while (at < html.Length)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/')) at++;
            if (at >= html.Length || html[at] == '>') break;

            var attributeStart = at;
            at++; // the first character belongs to the name, even '='
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ((byte)'>' or (byte)'/' or (byte)'=')) at++;
            var attribute = html[attributeStart..at];
            while (at < html.Length && IsSpace(html[at])) at++;
            var valueStart = at;
            var valueEnd = at;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                (valueStart, valueEnd, at) = ReadValue(html, at);
            }
            var value = html[valueStart..valueEnd];
            if (Ascii.EqualsIgnoreCase(attribute, "id"u8) && !seenId) { seenId = true; ids.Add(Decode(value)); }
            else if (Ascii.EqualsIgnoreCase(attribute, "src"u8) && !seenSrc) { seenSrc = true; links.Add(Decode(value)); }
            else if (Ascii.EqualsIgnoreCase(attribute, "href"u8) && !seenHref) { seenHref = true; if (isLinkElement) links.Add(Decode(value)); }
        }
        at = Math.Min(at + 1, html.Length);
        foreach (var raw in RawTextElements)
            if (Ascii.EqualsIgnoreCase(name, raw)) return SkipRawText(html, at, raw);
        return at;
    }

    /// <summary>Elements whose content is text, not markup, up to their end tag.</summary>
    private static readonly byte[][] RawTextElements =
        [.. new[] { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" }.Select(Encoding.ASCII.GetBytes)];

    /// <summary>Where an attribute's value starts and ends, quoted or not, and where reading goes on.</summary>
    private static (int Start, int End, int After) ReadValue(ReadOnlySpan<byte> html, int at)
    {
        if (at < html.Length && html[at] is (byte)'"' or (byte)'\'')
        {
            var close = html[(at + 1)..].IndexOf(html[at]);
            var end = close < 0 ? html.Length : at + 1 + close;
            return (at + 1, end, Math.Min(end + 1, html.Length));
        }
        var start = at;
        while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
        return (start, at, at);
    }

    /// <summary>The text of script, style, textarea and title is not markup: skip to its end tag.</summary>
    private static int SkipRawText(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> tag)
    {
        while (at < html.Length)
        {
            var found = html[at..].IndexOf("</"u8);
            if (found < 0) return html.Length;
            at += found + 2;
            var after = at + tag.Length;
            if (after < html.Length && Ascii.EqualsIgnoreCase(html[at..after], tag) && (IsSpace(html[after]) || html[after] is (byte)'>' or (byte)'/'))
                return at - 2;
        }
        return at;
    }

    /// <summary>A comment ends at "--&gt;" or "--!&gt;"; "&lt;!--&gt;" and "&lt;!---&gt;" are empty comments.</summary>
    private static int SkipComment(ReadOnlySpan<byte> html, int at)
    {
        if (html[at..].StartsWith(">"u8)) return at + 1;
        if (html[at..].StartsWith("->"u8)) return at + 2;
        var close = html[at..].IndexOf("--"u8);
        while (close >= 0)
        {
            var dashes = at + close;
            if (html[dashes..].StartsWith("-->"u8)) return dashes + 3;
            if (html[dashes..].StartsWith("--!>"u8)) return dashes + 4;
            at = dashes + 1;
            close = html[at..].IndexOf("--"u8);
        }
        return html.Length;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> end)
    {
        var found = html[at..].IndexOf(end);
        return found < 0 ? html.Length : at + found + end.Length;
    }

    private static string Decode(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';
}
