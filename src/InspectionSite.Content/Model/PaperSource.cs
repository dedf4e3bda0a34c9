namespace InspectionSite.Content.Model;

/// <summary>
/// The committee paper that stated a fact: the meeting that received it and, where the editor names one, the
/// heading of the part that says it, as the paper's Markdown writes it ("3. Published inspection reports").
/// </summary>
public sealed record PaperSource(string MeetingId, string? Section = null);
