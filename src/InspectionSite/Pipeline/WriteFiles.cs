using InspectionSite.Output;

namespace InspectionSite.Pipeline;

/// <summary>write: every file into a staging folder beside the output folder, where nothing serves it yet (<see cref="OutputFolder.Stage"/>).</summary>
public sealed class WriteFiles(OutputFolder output) : IStage<IReadOnlyList<OutputFile>, StagedSite>
{
    public string Name => "write";

    public StagedSite Run(IReadOnlyList<OutputFile> files) => output.Stage(files);
}
