using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Content.Papers;

/// <summary>Where a meeting's paper and its appendices are published: beside its page, so an address never changes while the meeting's and the file's names do not.</summary>
public static class PaperAddress
{
    public const string PaperName = "paper";

    public static string Of(string meetingId) => Routes.Meeting(meetingId) + PaperName + ".pdf";

    /// <summary>
    /// A document's PDF by its file's name, less the meeting's date that begins it: 2022-09-29-appendix-a.pdf is
    /// /meetings/2022-09-29/appendix-a.pdf. Null when no letter or digit is left to name it by.
    /// </summary>
    public static string? Of(string meetingId, string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        if (name.StartsWith(meetingId, StringComparison.OrdinalIgnoreCase) && name.Length > meetingId.Length) name = name[meetingId.Length..];
        return Ids.Slug(name) is { } slug ? Routes.Meeting(meetingId) + slug + ".pdf" : null;
    }
}
