using InspectionSite.Theme;

namespace InspectionSite.Rendering;

/// <summary>One page to render: where it goes, its kind (whose component draws it), what it is about, and the component's parameters.</summary>
public sealed record PageSpec(string Path, PageKind Kind, object? Subject, IReadOnlyDictionary<string, object?> Parameters)
{
    public Type Component => Kind.Component;

    /// <summary>Which rows of its list the page shows, for a page of a list shown a page at a time.</summary>
    public ListPage? Paging => Parameters.GetValueOrDefault(ListPage.Parameter) as ListPage;
}
