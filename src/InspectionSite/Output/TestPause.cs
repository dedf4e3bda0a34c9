namespace InspectionSite.Output;

/// <summary>
/// Lets a test kill a real build at a known moment: with INSPECTION_SITE_PAUSE_AT set to a point's name ("staged",
/// "retired", "published"), the build says so on its output and waits there for ever. Unset, it does nothing.
/// </summary>
internal static class TestPause
{
    private static readonly string? Point = Environment.GetEnvironmentVariable("INSPECTION_SITE_PAUSE_AT");

    public static void At(string point)
    {
        if (point != Point) return;
        Console.WriteLine($"Paused at {point}.");
        Thread.Sleep(Timeout.Infinite);
    }
}
