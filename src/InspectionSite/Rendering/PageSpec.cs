using Microsoft.AspNetCore.Components;

namespace InspectionSite.Rendering;

/// <summary>One page to render: where it goes, which theme component draws it, and with what.</summary>
public sealed record PageSpec(string Path, Type Component, IReadOnlyDictionary<string, object?> Parameters)
{
    public static PageSpec For<TComponent>(string path, IReadOnlyDictionary<string, object?> parameters) where TComponent : IComponent =>
        new(path, typeof(TComponent), parameters);
}
