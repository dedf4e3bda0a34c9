using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(InspectionSite.Preview.ThemeHotReload))]

namespace InspectionSite.Preview;

/// <summary>
/// Under "dotnet watch", an edit to a Razor component is applied to the running preview as a hot
/// reload; .NET then calls <see cref="UpdateApplication"/>, and the preview rebuilds with the new code.
/// </summary>
public static class ThemeHotReload
{
    public static event Action? Applied;

    public static void UpdateApplication(Type[]? updatedTypes) => Applied?.Invoke();
}
