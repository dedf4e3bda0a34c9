using AngleSharp.Dom;
using Ganss.Xss;

namespace InspectionSite.Content.Markdown.HtmlCleaning;

/// <summary>
/// Cleans raw HTML with the HtmlSanitizer library, one piece at a time as Markdig hands it over, and describes
/// each thing the sanitiser removed (from its removal events), so that each can be reported at its line.
/// </summary>
public sealed class HtmlCleaner(HtmlCleaningOptions options)
{
    // From empty lists (a plain HtmlSanitizerOptions holds the library's own, longer ones). Attributes are judged
    // element by element in RemovingAttribute, so the sanitiser is told to allow none; addresses must have one of
    // these schemes as well as pass IsSafeUrl. No style or class attribute is allowed, so no CSS is ever kept.
    // Made on first use: most input has no raw HTML, and a build then never loads the sanitiser and its CSS parser.
    private readonly Lazy<HtmlSanitizerOptions> _sanitizerOptions = new(() => Options(options));

    private static HtmlSanitizerOptions Options(HtmlCleaningOptions options)
    {
        var sanitizer = HtmlSanitizerOptions.Empty();
        sanitizer.AllowedTags = new HashSet<string>(options.AllowedElements.Keys, StringComparer.OrdinalIgnoreCase);
        sanitizer.AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);
        sanitizer.UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase);
        return sanitizer;
    }

    /// <summary>A block of HTML: the cleaned block and a description of each thing removed.</summary>
    public (string Html, IReadOnlyList<string> Removed) CleanBlock(string html)
    {
        var removed = new List<string>();
        return (Sanitizer(removed).Sanitize(html), removed);
    }

    /// <summary>
    /// One tag as Markdig sees inline HTML: "&lt;b&gt;" and "&lt;/b&gt;" arrive separately, so each is rebuilt on
    /// its own. A tag that is not allowed becomes nothing; the text around it stays as text.
    /// </summary>
    public (string Html, IReadOnlyList<string> Removed) CleanTag(string tag)
    {
        var trimmed = tag.Trim();
        if (trimmed.StartsWith("</", StringComparison.Ordinal))
        {
            var closing = trimmed[2..].TrimEnd('>').Trim();
            return options.AllowedElements.ContainsKey(closing) ? ($"</{closing.ToLowerInvariant()}>", []) : ("", []);
        }
        if (trimmed.StartsWith("<!", StringComparison.Ordinal) || trimmed.StartsWith("<?", StringComparison.Ordinal))
            return ("", []);

        var removed = new List<string>();
        using var document = Sanitizer(removed).SanitizeDom(trimmed);
        if (document.Body?.FirstElementChild is not { } element) return ("", removed);
        // The sanitiser writes whole elements; the tag alone is its start tag.
        var attributes = string.Concat(element.Attributes.Select(a => $" {a.LocalName}=\"{System.Net.WebUtility.HtmlEncode(a.Value)}\""));
        return ($"<{element.LocalName}{attributes}>", removed);
    }

    /// <summary>A sanitiser that records what it removes in <paramref name="removed"/>; one per piece, as pieces are cleaned in parallel.</summary>
    private HtmlSanitizer Sanitizer(List<string> removed)
    {
        var sanitizer = new HtmlSanitizer(_sanitizerOptions.Value) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            var name = e.Tag.LocalName;
            if (!e.Tag.Owner!.Body!.Contains(e.Tag))
            {
                e.Cancel = true; // inside an element already removed with its content
                return;
            }
            if (!options.DroppedWithContent.Contains(name))
            {
                removed.Add($"<{name}> tag (its text is kept)");
                return;
            }
            removed.Add($"<{name}> element");
            e.Cancel = true;
            e.Tag.Remove();
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var (element, attribute) = (e.Tag.LocalName, e.Attribute.LocalName);
            if (e.Reason == RemoveReason.NotAllowedAttribute && options.Allows(element, attribute))
            {
                e.Cancel = true;
                return;
            }
            removed.Add(e.Reason == RemoveReason.NotAllowedUrlValue
                ? $"unsafe {attribute} '{e.Attribute.Value}' on <{element}>"
                : $"{attribute} attribute on <{element}>");
        };
        // The sanitiser trims the address it accepts; an address it accepts and the site allows is kept as written.
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = e.SanitizedUrl is not null && HtmlCleaningOptions.IsSafeUrl(e.OriginalUrl) ? e.OriginalUrl : null;
        return sanitizer;
    }
}
