using InspectionSite.Output;

namespace InspectionSite.Pipeline;

/// <summary>publish: swaps the staged site in as the output folder (<see cref="StagedSite.Publish"/>); makes the output folder's path.</summary>
public sealed class PublishSite : IStage<StagedSite, string>
{
    public string Name => "publish";

    public string Run(StagedSite staged) => staged.Publish();
}
