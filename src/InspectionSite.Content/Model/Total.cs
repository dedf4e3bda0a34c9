using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A figure as a paper gives it: exact, or a lower bound ("over 60").</summary>
public readonly record struct Count(int Value, bool IsLowerBound)
{
    public override string ToString() => IsLowerBound ? $"over {Value}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a paper's total counts: open items of a kind, or items of a kind signed off since the previous meeting.</summary>
public enum Measure { RecommendationsOpen, AreasForImprovementOpen, CausesOfConcernOpen, RecommendationsSignedOff, AreasForImprovementSignedOff, CausesOfConcernSignedOff }

/// <summary>
/// What one unit of a total is. Papers count causes of concern by heading (one heading may hold several HMICFRS
/// reference numbers) or by reference number, and often do not say which: figures in different units are never
/// compared.
/// </summary>
public enum CountedAs { NotSaid, Headings, ReferenceNumbers }

/// <summary>One total a meeting's paper gives, in its unit, with the part of the paper that gives it and its words.</summary>
public sealed record Total(
    string MeetingId,
    Measure Measure,
    Count Figure,
    CountedAs CountedAs,
    string? SourceSection,
    string? Quote,
    SourceLocation Source)
{
    public ItemKind Kind => Measure switch
    {
        Measure.RecommendationsOpen or Measure.RecommendationsSignedOff => ItemKind.Recommendation,
        Measure.AreasForImprovementOpen or Measure.AreasForImprovementSignedOff => ItemKind.AreaForImprovement,
        _ => ItemKind.CauseOfConcern,
    };

    public bool CountsOpen => Measure is Measure.RecommendationsOpen or Measure.AreasForImprovementOpen or Measure.CausesOfConcernOpen;

    /// <summary>Whether this figure and <paramref name="other"/> count the same thing in the same unit, so that one may be set beside the other.</summary>
    public bool ComparableWith(Total other) => Measure == other.Measure && CountedAs == other.CountedAs;
}
