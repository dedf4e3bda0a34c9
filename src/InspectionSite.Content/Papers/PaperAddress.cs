using InspectionSite.Content.Site;

namespace InspectionSite.Content.Papers;

/// <summary>Where a meeting's paper is published: beside its page, so the address never changes while the meeting's does not.</summary>
public static class PaperAddress
{
    public static string Of(string meetingId) => Routes.Meeting(meetingId) + "paper.pdf";
}
