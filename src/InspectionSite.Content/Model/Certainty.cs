namespace InspectionSite.Content.Model;

/// <summary>
/// How the site knows a value: a paper stated it; the office inferred it from what a paper says (with the reason
/// shown); the site worked it out by a rule (with the rule shown); or nobody knows it. Unknown is never shown as
/// "no" or zero.
/// </summary>
public enum Certainty { Stated, Inferred, Calculated, NotKnown }

/// <summary>A value with how the site knows it, and why when it was inferred or worked out.</summary>
public sealed record Known<T>(T? Value, Certainty Certainty, string? Reason = null)
{
    public static Known<T> NotKnown(string? reason = null) => new(default, Certainty.NotKnown, reason);

    public static Known<T> Stated(T value) => new(value, Certainty.Stated);

    public bool IsKnown => Certainty != Certainty.NotKnown;
}
