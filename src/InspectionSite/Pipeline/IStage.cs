namespace InspectionSite.Pipeline;

/// <summary>
/// One stage of the build (<see cref="BuildStages"/>): what it takes, what it makes, and the name its time is reported
/// under. A stage that finds problems with the input reports every one of them, and the build stops after it.
/// </summary>
public interface IStage<in TIn, out TOut>
{
    string Name { get; }

    TOut Run(TIn input);
}
