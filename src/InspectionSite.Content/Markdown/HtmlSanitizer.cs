using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InspectionSite.Content.Markdown;

/// <summary>
/// Keeps the harmless HTML that papers pasted from PDFs carry (paragraphs, bold, lists, superscripts, tables)
/// and removes everything else: scripts, styles, frames, forms, event handlers and script or data URLs.
/// An element that is not allowed but harmless is unwrapped, keeping its text; a dangerous one goes with its content.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly string[] NoAttributes = [];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = NoAttributes, ["br"] = NoAttributes, ["hr"] = NoAttributes,
        ["b"] = NoAttributes, ["strong"] = NoAttributes, ["i"] = NoAttributes, ["em"] = NoAttributes, ["u"] = NoAttributes,
        ["sup"] = NoAttributes, ["sub"] = NoAttributes, ["small"] = NoAttributes, ["code"] = NoAttributes, ["pre"] = NoAttributes,
        ["blockquote"] = NoAttributes, ["span"] = NoAttributes, ["div"] = NoAttributes,
        ["ul"] = NoAttributes, ["ol"] = ["start"], ["li"] = NoAttributes, ["dl"] = NoAttributes, ["dt"] = NoAttributes, ["dd"] = NoAttributes,
        ["h2"] = NoAttributes, ["h3"] = NoAttributes, ["h4"] = NoAttributes, ["h5"] = NoAttributes, ["h6"] = NoAttributes,
        ["table"] = NoAttributes, ["caption"] = NoAttributes, ["thead"] = NoAttributes, ["tbody"] = NoAttributes, ["tfoot"] = NoAttributes,
        ["tr"] = NoAttributes, ["th"] = ["scope", "colspan", "rowspan"], ["td"] = ["colspan", "rowspan"],
        ["a"] = ["href", "title"], ["abbr"] = ["title"], ["img"] = ["src", "alt", "width", "height"],
    };

    /// <summary>Removed with everything inside them: their content is code or a control, never text for a reader.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
        "select", "option", "template", "svg", "math", "link", "meta", "base", "noscript", "audio", "video", "canvas", "dialog", "title", "head",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>The cleaned HTML and a description of each thing removed.</summary>
    public static (string Html, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var nodes = Parser.ParseFragment(html, body);
        foreach (var node in nodes.ToArray()) body.AppendChild(node);

        var removed = new List<string>();
        Clean(body, removed);
        return (body.InnerHtml, removed);
    }

    /// <summary>
    /// Cleans one tag as Markdig sees inline HTML: "&lt;b&gt;" and "&lt;/b&gt;" arrive separately, so each is
    /// rebuilt on its own. A tag that is not allowed becomes nothing; the text around it stays as text.
    /// </summary>
    public static (string Html, IReadOnlyList<string> Removed) SanitizeTag(string tag)
    {
        var trimmed = tag.Trim();
        if (trimmed.StartsWith("</", StringComparison.Ordinal))
        {
            var closing = trimmed[2..].TrimEnd('>').Trim();
            return Allowed.ContainsKey(closing) ? ($"</{closing.ToLowerInvariant()}>", []) : ("", []);
        }
        if (trimmed.StartsWith("<!", StringComparison.Ordinal) || trimmed.StartsWith("<?", StringComparison.Ordinal))
            return ("", []);

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        if (Parser.ParseFragment(trimmed, document.Body!).OfType<IElement>().FirstOrDefault() is not { } element) return ("", []);
        var name = element.LocalName;
        var removed = new List<string>();
        if (DroppedWithContent.Contains(name) || !Allowed.ContainsKey(name))
        {
            removed.Add(DroppedWithContent.Contains(name) ? $"<{name}> element" : $"<{name}> tag (its text is kept)");
            return ("", removed);
        }
        CleanAttributes(element, Allowed[name], removed);
        var attributes = string.Concat(element.Attributes.Select(a => $" {a.LocalName}=\"{System.Net.WebUtility.HtmlEncode(a.Value)}\""));
        return ($"<{name}{attributes}>", removed);
    }

    /// <summary>Whether a link target is safe to keep: a web or mail address, or a path or anchor within the site.</summary>
    public static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#')) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            ? uri.Scheme is "http" or "https" or "mailto"
            : !trimmed.Contains(':'); // a relative path with no scheme at all
    }

    private static void Clean(IElement parent, List<string> removed)
    {
        foreach (var child in parent.ChildNodes.ToList())
        {
            if (child is IComment)
            {
                child.RemoveFromParent();
                continue;
            }
            if (child is not IElement element) continue;

            var name = element.LocalName;
            if (DroppedWithContent.Contains(name))
            {
                removed.Add($"<{name}> element");
                element.Remove();
                continue;
            }
            Clean(element, removed);
            if (!Allowed.TryGetValue(name, out var attributes))
            {
                removed.Add($"<{name}> tag (its text is kept)");
                element.Replace([.. element.ChildNodes]);
                continue;
            }
            CleanAttributes(element, attributes, removed);
        }
    }

    private static void CleanAttributes(IElement element, string[] allowed, List<string> removed)
    {
        foreach (var attribute in element.Attributes.ToList())
        {
            var keep = allowed.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase)
                       && (attribute.LocalName is not ("href" or "src") || IsSafeUrl(attribute.Value));
            if (keep) continue;
            removed.Add(attribute.LocalName is "href" or "src"
                ? $"unsafe {attribute.LocalName} '{attribute.Value}' on <{element.LocalName}>"
                : $"{attribute.LocalName} attribute on <{element.LocalName}>");
            element.RemoveAttribute(attribute.Name);
        }
    }
}
