using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading;

/// <summary>pages/&lt;id&gt;.md: a free page.</summary>
public static class PageDocument
{
    private static readonly Column<Page, string?> Title = new("title", Text, p => p.Title, "The page's title.", "Accessibility statement") { Required = true };
    private static readonly Column<Page, string?> Summary = new("summary", Text, p => p.Summary, "What the page is about, in a sentence, for search results and the page's description.", "How accessible this site is.");

    public static readonly DocumentSchema<Page> Schema = new("pages/<id>.md",
        "One file per free page, such as the glossary or the accessibility statement, named by the page's ID (pages/glossary.md is at /glossary/).",
        [Title, Summary],
        (id, row, document) => new Page(id, row.Get(Title) ?? "", row.Get(Summary), document.Body, document.Start));
}
