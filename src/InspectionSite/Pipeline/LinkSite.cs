using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Markdown;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Rendering;
using InspectionSite.Theme;

namespace InspectionSite.Pipeline;

/// <summary>
/// link: checks what no single file can (unique IDs, references that resolve, links in Markdown) and builds the site
/// model, every derived fact worked out and the Markdown rendered (<see cref="SiteLinker"/>). Addresses follow
/// --base-path, and --base-url or else site.yml's base_url. The preview passes its cache of rendered Markdown.
/// </summary>
public sealed class LinkSite(BuildOptions options, DiagnosticBag diagnostics, MarkdownCache? markdownCache = null) : IStage<ContentSet, SiteModel>
{
    /// <summary>The Markdown every body is rendered with: its headings keep clear of the ids the theme writes.</summary>
    public static SiteMarkdown Markdown { get; } = new(PageIds.ForHeadings);

    public string Name => "link";

    public SiteModel Run(ContentSet content) => Checked(Linker(content).Link(content));

    /// <summary>The linker for this input.</summary>
    public SiteLinker Linker(ContentSet content) =>
        new(new Routes(options.BasePath, options.BaseUrl ?? content.Site.BaseUrl), PageKinds.AllRoutes, options.AsOf, diagnostics, Markdown, markdownCache);

    /// <summary>The linked model, or the problems that kept the linker from making one.</summary>
    public SiteModel Checked(SiteModel? site)
    {
        diagnostics.ThrowIfAny();
        return site ?? throw new InvalidOperationException("The linker made no site model, yet reported no problem.");
    }
}
