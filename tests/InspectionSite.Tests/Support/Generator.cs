using System.Diagnostics;

namespace InspectionSite.Tests.Support;

/// <summary>Runs the generator's command line as a separate process, as an editor or CI would.</summary>
public static class Generator
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "InspectionSite.dll");

    public static ProcessStartInfo StartInfo(string workingFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Runs to the end and returns the exit code with everything printed.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string workingFolder, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingFolder, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result, errors.Result);
    }
}
