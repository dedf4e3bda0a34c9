using System.CommandLine;
using InspectionSite.Netlify;
using InspectionSite.Pipeline;
using InspectionSite.Preview;
using InspectionSite.Tools;

namespace InspectionSite.Commands;

/// <summary>
/// The "preview" verb: builds the site, serves it on 127.0.0.1 with the headers of netlify.toml, and
/// rebuilds and reloads open pages whenever input/ or theme/assets changes, until Ctrl+C.
/// </summary>
public static class PreviewCommand
{
    public const int DefaultPort = 8080;

    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port to listen on at 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("preview", "Build the site, serve it on this computer, and rebuild it whenever its sources change.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, stop) =>
            options.Read(result) is { } read ? await Run(read, result.GetValue(port), stop) : BuildCommand.UsageProblem);
        return command;
    }

    public static async Task<int> Run(BuildOptions options, int port, CancellationToken stop)
    {
        NetlifyConfig? netlify;
        try
        {
            netlify = NetlifyConfig.LoadFromRepository();
        }
        catch (NetlifyConfigException e)
        {
            Console.Error.WriteLine(e.Message);
            return BuildCommand.UsageProblem;
        }
        var themeAssets = RepositoryFiles.Find(Path.Combine("theme", "assets"));
        var watched = new[] { options.InputFolder, themeAssets }.OfType<string>().ToList();
        var settings = new PreviewSettings(options with { ThemeAssetsFolder = themeAssets }, watched, port, netlify);

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(settings, Console.Out);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return BuildCommand.UsageProblem;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Cannot listen on port {port}: {e.Message} Pass another with --port.");
            return BuildCommand.UsageProblem;
        }

        await using (server)
        {
            Console.WriteLine($"Previewing at {server.SiteAddress} (serving {options.OutputFolder}/, {(netlify is null ? "without netlify.toml's headers" : "with netlify.toml's headers")}).");
            var shown = watched.Select(f => f == options.InputFolder ? f : Path.GetRelativePath(Directory.GetCurrentDirectory(), f));
            Console.WriteLine($"Watching {string.Join(" and ", shown.Select(f => f.TrimEnd('/') + "/"))}; " +
                              "open pages reload after each rebuild. To apply edits to Razor components too, run the preview under dotnet watch. Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping the preview...");
            }
        }
        Console.WriteLine("Stopped.");
        return BuildCommand.Success;
    }
}
