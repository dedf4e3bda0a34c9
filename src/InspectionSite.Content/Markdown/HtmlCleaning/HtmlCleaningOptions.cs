namespace InspectionSite.Content.Markdown.HtmlCleaning;

/// <summary>
/// What raw HTML in a Markdown body may keep: each allowed element with the attributes it may carry, and the
/// elements that go with everything inside them. Any other element is unwrapped, keeping its text.
/// </summary>
public sealed record HtmlCleaningOptions(
    IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedElements,
    IReadOnlySet<string> DroppedWithContent)
{
    // Before PastedPapers: static fields are set in the order they are written.
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private static HashSet<string> Only(params string[] attributes) => new(attributes, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The harmless HTML that papers pasted from PDFs carry: paragraphs, bold, lists, superscripts, tables, links
    /// and images. Scripts, styles, frames, forms and embedded documents go with their content: it is code or a
    /// control, never text for a reader.
    /// </summary>
    public static HtmlCleaningOptions PastedPapers { get; } = new(
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["p"] = None, ["br"] = None, ["hr"] = None,
            ["b"] = None, ["strong"] = None, ["i"] = None, ["em"] = None, ["u"] = None,
            ["sup"] = None, ["sub"] = None, ["small"] = None, ["code"] = None, ["pre"] = None,
            ["blockquote"] = None, ["span"] = None, ["div"] = None,
            ["ul"] = None, ["ol"] = Only("start"), ["li"] = None, ["dl"] = None, ["dt"] = None, ["dd"] = None,
            ["h2"] = None, ["h3"] = None, ["h4"] = None, ["h5"] = None, ["h6"] = None,
            ["table"] = None, ["caption"] = None, ["thead"] = None, ["tbody"] = None, ["tfoot"] = None,
            ["tr"] = None, ["th"] = Only("scope", "colspan", "rowspan"), ["td"] = Only("colspan", "rowspan"),
            ["a"] = Only("href", "title"), ["abbr"] = Only("title"), ["img"] = Only("src", "alt", "width", "height"),
        },
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
            "select", "option", "template", "svg", "math", "link", "meta", "base", "noscript", "audio", "video", "canvas", "dialog", "title", "head",
        });

    public bool Allows(string element, string attribute) =>
        AllowedElements.TryGetValue(element, out var attributes) && attributes.Contains(attribute);

    /// <summary>Whether a link target is safe to keep: a web or mail address, or a path or anchor within the site.</summary>
    public static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#')) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            ? uri.Scheme is "http" or "https" or "mailto"
            : !trimmed.Contains(':'); // a relative path with no scheme at all
    }
}
