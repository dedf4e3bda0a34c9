using System.Text;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Drafting;

/// <summary>Splitting a paper's text into sentences, and the form in which two wordings of a sentence are compared.</summary>
public static partial class Sentences
{
    /// <summary>A block's sentences: a full stop, question or exclamation mark, or semicolon ends one before a capital or digit.</summary>
    public static IEnumerable<string> Of(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>
    /// Lower case, letters and digits only, one space between words: the paper's curly quotes, dashes, bold and
    /// line breaks, and Markdown's links and emphasis, then do not count as a difference.
    /// </summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { builder.Append(char.ToLowerInvariant(c)); space = false; }
            else if (!space && c is not '\'' and not '’' and not '‘') { builder.Append(' '); space = true; }
        }
        return builder.ToString().TrimEnd();
    }

    public static string[] Words(string normalised) => normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The share of <paramref name="words"/> that <paramref name="other"/> also has: 1 when it carries every word.</summary>
    public static double Overlap(IReadOnlyCollection<string> words, IReadOnlySet<string> other) =>
        words.Count == 0 ? 0 : words.Count(other.Contains) / (double)words.Count;

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}\d“""‘(])")]
    private static partial Regex Boundary();
}
