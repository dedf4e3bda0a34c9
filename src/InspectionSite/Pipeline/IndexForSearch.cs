using InspectionSite.Output;
using InspectionSite.Search;

namespace InspectionSite.Pipeline;

/// <summary>search index: Pagefind's index of the staged site, in the staging folder, so that it describes exactly the pages published with it; makes the number of pages indexed.</summary>
public sealed class IndexForSearch : IStage<StagedSite, int>
{
    public string Name => "search index";

    public int Run(StagedSite staged) => SearchIndexer.Index(staged.Folder);
}
