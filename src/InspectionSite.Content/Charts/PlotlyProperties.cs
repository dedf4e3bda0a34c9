using Plotly.NET;

namespace InspectionSite.Content.Charts;

/// <summary>
/// Sets a Plotly.NET object's attribute by its name in Plotly's schema. Plotly.NET's F# constructors
/// (<c>Layout.init</c>, <c>LinearAxis.init</c> ...) take every attribute as a required argument from C#, and its
/// C# bindings cover only the common ones, so the site's figures set the attributes they use one by one.
/// Enumerated values are given converted (<c>StyleParam.BarMode.Stack.Convert()</c>), as Plotly.NET stores them.
/// </summary>
internal static class PlotlyProperties
{
    public static T With<T>(this T target, string name, object value) where T : DynamicObj.DynamicObj
    {
        target.SetProperty(name, value);
        return target;
    }

    /// <summary>Sets an attribute on every trace of a chart, for one the C# bindings' chart constructors do not take.</summary>
    public static GenericChart WithTraceProperty(this GenericChart chart, string name, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart)) trace.SetProperty(name, value);
        return chart;
    }
}
