using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Reading;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;
using InspectionSite.Rendering;

namespace InspectionSite.Tests.Support;

/// <summary>An input folder read and linked, as the build does before it renders anything.</summary>
public static class LinkedSite
{
    public static SiteModel From(string input)
    {
        var diagnostics = new DiagnosticBag();
        var content = new InputReader(input, diagnostics).Read();
        diagnostics.ThrowIfAny();
        var site = new SiteLinker(new Routes(), PageKinds.AllRoutes, SiteBuilder.AsOf, diagnostics, LinkSite.Markdown).Link(content);
        diagnostics.ThrowIfAny();
        return site!;
    }
}
