using InspectionSite.Content.Model;

namespace InspectionSite.Content.Drafting;

/// <summary>Which facts found in a paper the site already holds, and under which row, so that a draft proposes only new ones.</summary>
public sealed class KnownFacts(ContentSet? content, string meetingId)
{
    /// <summary>The row that holds the fact ("recommendations.csv: 9159"), or null when the site does not know it.</summary>
    public string? Find(Fact fact)
    {
        if (content is null) return null;
        return fact.Kind switch
        {
            FactKind.ReferenceNumber => content.Recommendations.FirstOrDefault(r => r.Reference == fact.Text || r.Id == fact.Text) is { } r ? $"recommendations.csv: {r.Id}" : null,
            FactKind.Item => content.Recommendations.FirstOrDefault(r => r.Reference is null && r.Number == fact.Text && SameTitle(fact.Sentence, r.Text)) is { } r ? $"recommendations.csv: {r.Id}" : null,
            FactKind.Report => Closest(content.Reports, r => r.Title, fact.Text) is { } r ? $"reports.csv: {r.Id}" : null,
            FactKind.Inspection => Closest(content.Inspections, i => i.Title, fact.Text) is { } i ? $"inspections.csv: {i.Id}" : null,
            FactKind.Timescale => content.Recommendations.FirstOrDefault(r => r.Timescale?.Text is { } t && Sentences.Normalise(t) == Sentences.Normalise(fact.Text)
                && (fact.Detail is { } reference ? r.Reference == reference : SameTitle(fact.Sentence, r.Text))) is { } r ? $"recommendations.csv: {r.Id}" : null,
            FactKind.Rag => content.Progress.FirstOrDefault(p => p.MeetingId == meetingId && p.Rag?.ToString() == fact.Text) is { } p ? $"progress.csv: {p.RecommendationId}" : null,
            FactKind.Count => content.Totals.FirstOrDefault(t => t.MeetingId == meetingId && SameFigure(fact.Text, t.Figure) && MeasureName(t.Measure) == fact.Detail) is { } t
                ? $"totals.csv: {t.MeetingId} {fact.Detail}" : null,
            _ => null,
        };
    }

    /// <summary>The row whose title is most like <paramref name="title"/>, if any is like it at all.</summary>
    private static T? Closest<T>(IEnumerable<T> rows, Func<T, string> titleOf, string title) where T : class =>
        rows.Select(r => (Row: r, Likeness: Likeness(title, titleOf(r)))).Where(r => r.Likeness >= SameTitleLikeness).OrderByDescending(r => r.Likeness).Select(r => r.Row).FirstOrDefault();

    /// <summary>Two wordings name the same thing when most telling words of the shorter are in the longer.</summary>
    public static bool SameTitle(string a, string b) => Likeness(a, b) >= SameTitleLikeness;

    private const double SameTitleLikeness = 0.7;

    private static double Likeness(string a, string b)
    {
        var (x, y) = (Telling(a), Telling(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length == 0 ? 0 : Sentences.Overlap(shorter, longer.ToHashSet());
    }

    /// <summary>A title's words without those every inspection's title has ("Thematic Inspection of …").</summary>
    private static string[] Telling(string title) =>
        Sentences.Words(Sentences.Normalise(title)).Where(w => !Common.Contains(w)).Distinct().ToArray();

    private static readonly HashSet<string> Common = ["the", "of", "and", "to", "a", "an", "in", "on", "for", "into", "relating", "inspection", "thematic", "report", "hmicfrs", "police"];

    public static bool SameFigure(string text, Count figure) =>
        ValueOf(text) == figure.Value && text.StartsWith("over", StringComparison.OrdinalIgnoreCase) == figure.IsLowerBound;

    /// <summary>A figure the paper writes in words or digits, as a number: "two" → 2.</summary>
    public static int? ValueOf(string figure)
    {
        var word = figure.Replace("over ", "", StringComparison.OrdinalIgnoreCase).Replace("more than ", "", StringComparison.OrdinalIgnoreCase).Trim().ToLowerInvariant();
        var at = Array.IndexOf(NumberWords, word);
        return at >= 0 ? at : int.TryParse(word, out var n) ? n : null;
    }

    public static string MeasureName(Measure measure) => ValueSets.Measures.NameOf(measure);

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
}
