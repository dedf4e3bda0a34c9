namespace InspectionSite.Content.Diagnostics;

/// <summary>The input cannot be built; <see cref="Diagnostics"/> says every reason.</summary>
public sealed class InputException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The input has {diagnostics.Count} problem(s).")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
