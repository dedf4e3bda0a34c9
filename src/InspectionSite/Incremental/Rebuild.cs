using InspectionSite.Checking;
using InspectionSite.Pipeline;

namespace InspectionSite.Incremental;

/// <summary>The last build that passed, as the cached stages start from it: what its stages made, its files by path, which of its pages show what, and its pages' anchors.</summary>
internal sealed record LastBuild(ProducedSite Produced, IReadOnlyDictionary<string, OutputFile> Files, PagesByKey PagesByKey,
    IReadOnlyDictionary<string, PageAnchors> Anchors, IReadOnlySet<string> Existing);

/// <summary>
/// One build with the cache: the last build that passed, and what this build's cached stages find out for the stages
/// after them and for the next build. Each is set by the one stage that works it out, which the data reaches first.
/// </summary>
internal sealed class Rebuild(LastBuild? last)
{
    public LastBuild? Last => last;

    /// <summary>The rows added, removed or changed since the last build (<see cref="ContentChanges.InRows"/>); set by the link stage, the first to see the new input.</summary>
    public HashSet<string>? Changes { get; set; }

    /// <summary>Which pages show what; set by the render stage, unless it rendered every page.</summary>
    public PagesByKey? PagesByKey { get; set; }

    /// <summary>The paths of the pages this build rendered; set by the render stage.</summary>
    public IReadOnlyList<string> PagesRendered { get; set; } = [];

    /// <summary>Every page's anchors and links, and every file's path; set by the link check.</summary>
    public (IReadOnlyDictionary<string, PageAnchors> Anchors, IReadOnlySet<string> Existing)? Links { get; set; }

    /// <summary>This build, for the next to start from.</summary>
    public LastBuild Passed(ProducedSite site) =>
        new(site, site.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), PagesByKey ?? new PagesByKey(site.Pages, site.Site),
            Links!.Value.Anchors, Links.Value.Existing);
}
