using InspectionSite.Content.Model;
using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Theme;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Rendering;

/// <summary>What pages are drawn from: the linked site, and what the stages before rendering made for its pages.</summary>
public sealed record PageInputs(SiteModel Site, IReadOnlyDictionary<string, string> AssetPaths, IReadOnlyList<DataTable> OpenData,
    IReadOnlyDictionary<string, MarkupString> ItemRows);

/// <summary>
/// One kind of page (<see cref="PageKinds"/>): where it lives, the theme component that draws it, what it is about,
/// and what it shows as <see cref="Incremental.ChangeKeys"/>, so that the preview renders it again only when one of them changed.
/// </summary>
/// <param name="Section">The section's path ("/reports/"); the root for pages that have none.</param>
public abstract record PageKind(string Section, Type Component)
{
    /// <summary>Listed for search engines (in sitemap.xml, without "noindex") and open to links and redirects: all but the 404 page.</summary>
    public bool Listed { get; init; } = true;

    /// <summary>The change keys that can add or remove a page of this kind.</summary>
    public IReadOnlyList<string> PagesChangeWith { get; init; } = [];

    /// <summary>Where the pages live, for the link stage, which runs before there is a site model.</summary>
    public abstract PageRoute Route { get; }

    /// <summary>This kind's pages of the site.</summary>
    public abstract IEnumerable<PageSpec> Pages(PageInputs inputs);

    /// <summary>What one of this kind's pages shows besides the layout, as change keys.</summary>
    public abstract IEnumerable<string> KeysOf(PageSpec page, SiteModel site);

    /// <summary>A page of this kind: its component is given its context and, under <paramref name="parameter"/>, its subject.</summary>
    protected PageSpec Page(string path, PageInputs inputs, string? parameter = null, object? subject = null, ListPage? paging = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["Context"] = new PageContext(inputs.Site, path, inputs.AssetPaths) { ItemRows = inputs.ItemRows, Indexed = Listed },
        };
        if (parameter is not null) parameters[parameter] = subject;
        if (paging is not null) parameters[ListPage.Parameter] = paging;
        return new PageSpec(path, this, subject, parameters);
    }

    /// <summary>
    /// The page at <paramref name="path"/>, or for a list of <paramref name="rows"/> rows, a page per
    /// <see cref="ListPage.Size"/> of them, the first at <paramref name="path"/>.
    /// </summary>
    protected IEnumerable<PageSpec> PagesAt(string path, int? rows, PageInputs inputs, string? parameter = null, object? subject = null) =>
        rows is { } count
            ? ListPage.All(path, count).Select(paging => Page(paging.Path, inputs, parameter, subject, paging))
            : [Page(path, inputs, parameter, subject)];
}

/// <summary>The one page at a section's address, such as the list of reports.</summary>
/// <param name="Keys">What the page shows, as change keys.</param>
public sealed record SectionPage<TComponent>(string Path, IReadOnlyList<string> Keys) : PageKind(Path, typeof(TComponent)) where TComponent : IComponent
{
    /// <summary>What the page shows that is not in the site model, and the component's parameter for it (the open-data page's tables).</summary>
    public (string Parameter, Func<PageInputs, object> Value)? Input { get; init; }

    public override PageRoute Route => new(Path, Listed);

    /// <summary>For a list shown a page at a time, how many rows it has; the component then takes its <see cref="ListPage"/>.</summary>
    public Func<SiteModel, int>? Rows { get; init; }

    public override IEnumerable<PageSpec> Pages(PageInputs inputs) =>
        Input is { } input ? [Page(Path, inputs, input.Parameter, input.Value(inputs))] : PagesAt(Path, Rows?.Invoke(inputs.Site), inputs);

    /// <summary>For a list shown a page at a time, what one page shows of its own rows, as change keys, besides <see cref="Keys"/>.</summary>
    public Func<SiteModel, ListPage, IEnumerable<string>>? RowKeys { get; init; }

    public override IEnumerable<string> KeysOf(PageSpec page, SiteModel site) =>
        RowKeys is { } rowKeys && page.Paging is { } paging ? Keys.Concat(rowKeys(site, paging)) : Keys;
}

/// <summary>A page for each subject, such as each report, at the subject's own address.</summary>
/// <param name="Parameter">The component's parameter for the subject.</param>
/// <param name="Address">The subject's page's path (<see cref="Routes"/>).</param>
/// <param name="InInput">The subjects in the input, before it is linked: their addresses are what links may lead to.</param>
/// <param name="InSite">The subjects of the linked site, in the order their pages are rendered.</param>
/// <param name="Keys">What the subject's page shows, as change keys.</param>
public sealed record SubjectPage<TComponent, TSubject>(string Section, string Parameter, Func<TSubject, string> Address,
    Func<ContentSet, IEnumerable<TSubject>> InInput, Func<SiteModel, IEnumerable<TSubject>> InSite,
    Func<TSubject, SiteModel, IEnumerable<string>> Keys) : PageKind(Section, typeof(TComponent)) where TComponent : IComponent where TSubject : notnull
{
    public override PageRoute Route => new(Section, Listed, content => InInput(content).Select(Address));

    /// <summary>For a subject's page that lists rows a page at a time, how many it has; the component then takes its <see cref="ListPage"/>.</summary>
    public Func<TSubject, SiteModel, int>? Rows { get; init; }

    public override IEnumerable<PageSpec> Pages(PageInputs inputs) =>
        InSite(inputs.Site).SelectMany(subject => PagesAt(Address(subject), Rows?.Invoke(subject, inputs.Site), inputs, Parameter, subject));

    /// <summary>For a subject's page that lists rows a page at a time, what one page shows of its own rows, as change keys, besides <see cref="Keys"/>.</summary>
    public Func<TSubject, SiteModel, ListPage, IEnumerable<string>>? RowKeys { get; init; }

    public override IEnumerable<string> KeysOf(PageSpec page, SiteModel site)
    {
        var subject = (TSubject)page.Subject!;
        return RowKeys is { } rowKeys && page.Paging is { } paging ? Keys(subject, site).Concat(rowKeys(subject, site, paging)) : Keys(subject, site);
    }
}
