using InspectionSite.Content.OpenData;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Publishing;
using InspectionSite.Rendering;

namespace InspectionSite.Incremental;

/// <summary>data, feeds, with the cache: keeps the last build's sitemap and feed while nothing they show changed (<see cref="DataDependencies"/>).</summary>
internal sealed class CachedDataAndFeeds(IStage<(SiteModel Site, IReadOnlyList<PageSpec> Pages, IReadOnlyList<DataTable> OpenData), IReadOnlyList<OutputFile>> data, Rebuild rebuild)
    : IStage<(SiteModel Site, IReadOnlyList<PageSpec> Pages, IReadOnlyList<DataTable> OpenData), IReadOnlyList<OutputFile>>
{
    public string Name => data.Name;

    public IReadOnlyList<OutputFile> Run((SiteModel Site, IReadOnlyList<PageSpec> Pages, IReadOnlyList<DataTable> OpenData) input)
    {
        if (rebuild.Last is not { } last || rebuild.Changes is not { } changes) return data.Run(input);
        return MachineReadableFiles.Of(input.Site, input.Pages, input.OpenData, path =>
            DataDependencies.OfFile(path).Any(changes.Contains) ? null : last.Files.GetValueOrDefault(Routes.OutputFile(path)));
    }
}
