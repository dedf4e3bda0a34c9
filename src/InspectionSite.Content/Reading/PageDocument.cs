using InspectionSite.Content.Model;

namespace InspectionSite.Content.Reading;

/// <summary>pages/&lt;id&gt;.md: a free page.</summary>
public static class PageDocument
{
    public static Page? Read(string id, FrontMatterDocument document)
    {
        document.RejectUnknownFields("title", "summary");
        var page = new Page(id, document.Text("title", required: true) ?? "", document.Text("summary"), document.Body, document.Start);
        return document.HasErrors ? null : page;
    }
}
