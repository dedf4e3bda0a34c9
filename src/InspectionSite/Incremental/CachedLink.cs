using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;

namespace InspectionSite.Incremental;

/// <summary>
/// link, with the cache. It works out what changed in the rows since the last build, for the stages after it; and when
/// only the text of Markdown, the items' text and addressee, and the progress rows changed, it keeps the last build's
/// model with the bodies rendered again, the items looked up afresh, and what the progress rows decide worked out again
/// (<see cref="SiteLinker.Relink"/>): nothing else derived from the rows can have changed.
/// </summary>
internal sealed class CachedLink(LinkSite link, Rebuild rebuild) : IStage<ContentSet, SiteModel>
{
    public string Name => link.Name;

    public SiteModel Run(ContentSet content)
    {
        if (rebuild.Last?.Produced is not { } last) return link.Run(content);
        rebuild.Changes = ContentChanges.InRows(last.Content, content);
        if (!ContentChanges.OnlyWordsAndProgressDiffer(last.Content, content)) return link.Run(content);
        return link.Checked(link.Linker(content).Relink(content, last.Content, last.Site));
    }
}
