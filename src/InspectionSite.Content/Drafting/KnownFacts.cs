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
            FactKind.Report => content.Reports.FirstOrDefault(r => SameTitle(fact.Text, r.Title)) is { } r ? $"reports.csv: {r.Id}" : null,
            FactKind.Inspection => content.Inspections.FirstOrDefault(i => SameTitle(fact.Text, i.Title)) is { } i ? $"inspections.csv: {i.Id}" : null,
            FactKind.Timescale => content.Recommendations.FirstOrDefault(r => r.Timescale?.Text is { } t && Sentences.Normalise(t) == Sentences.Normalise(fact.Text)
                && (fact.Detail is { } reference ? r.Reference == reference : SameTitle(fact.Sentence, r.Text))) is { } r ? $"recommendations.csv: {r.Id}" : null,
            FactKind.Rag => content.Progress.FirstOrDefault(p => p.MeetingId == meetingId && p.Rag?.ToString() == fact.Text) is { } p ? $"progress.csv: {p.RecommendationId}" : null,
            FactKind.Count => content.Totals.FirstOrDefault(t => t.MeetingId == meetingId && SameFigure(fact.Text, t.Figure) && MeasureName(t.Measure) == fact.Detail) is { } t
                ? $"totals.csv: {t.MeetingId} {fact.Detail}" : null,
            _ => null,
        };
    }

    /// <summary>Two wordings name the same thing when most words of the shorter are in the longer.</summary>
    public static bool SameTitle(string a, string b)
    {
        var (x, y) = (Sentences.Words(Sentences.Normalise(a)), Sentences.Words(Sentences.Normalise(b)));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length > 0 && Sentences.Overlap(shorter, longer.ToHashSet()) >= 0.7;
    }

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
