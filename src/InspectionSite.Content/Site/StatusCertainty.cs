using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>How sure the site is of an item's current status.</summary>
public static class StatusCertainty
{
    /// <summary>As sure as the paper's row that reported it: stated or inferred; not known when no paper has reported one.</summary>
    public static Certainty Of(ItemState state) => state.Latest?.Progress.Certainty ?? Certainty.NotKnown;
}
