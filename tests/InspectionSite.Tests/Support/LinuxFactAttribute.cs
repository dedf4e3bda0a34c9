namespace InspectionSite.Tests.Support;

/// <summary>A test that needs Linux signals (kill -INT), skipped and reported as such elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Sends SIGINT with kill, which needs Linux.";
    }
}
