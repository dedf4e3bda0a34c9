using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading;

/// <summary>meetings/&lt;id&gt;.md: one committee paper.</summary>
public static class MeetingDocument
{
    public static Meeting? Read(string id, FrontMatterDocument document)
    {
        document.RejectUnknownFields("title", "committee", "date", "agenda_item", "paper", "contact_officer", "contact_title", "summary", "inspections", "reports");
        var meeting = new Meeting(
            id,
            document.Text("title", required: true) ?? "",
            document.Text("committee", required: true) ?? "",
            document.Date("date", required: true) ?? default,
            document.Text("agenda_item"),
            document.Text("paper"),
            document.Text("contact_officer"),
            document.Text("contact_title"),
            document.Text("summary", required: true) ?? "",
            document.IdList("inspections"),
            document.IdList("reports"),
            document.Body,
            document.Start);
        return document.HasErrors ? null : meeting;
    }
}
