using System.CommandLine;
using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Pipeline;

namespace InspectionSite.Commands;

/// <summary>The options that shape a build, shared by the build, check and preview verbs.</summary>
public sealed class SiteOptions(bool writes = true)
{
    private readonly Option<string> _input = new("--input") { Description = "The folder of CSV and Markdown sources.", DefaultValueFactory = _ => "input" };
    private const string DefaultOutput = "output";
    private readonly Option<string> _output = new("--output") { Description = "The folder the site is written to; replaced whole on success.", DefaultValueFactory = _ => DefaultOutput };
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "The site's public address, e.g. https://example.org (overrides site.yml)." };
    private readonly Option<string?> _basePath = new("--base-path") { Description = "The sub-folder the site is served from, e.g. /hmicfrs (default: the root)." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "The date overdue items are judged against (default: today), e.g. 2022-10-01." };

    /// <summary>Adds the options to a verb; only a verb that writes has an output folder.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_input);
        if (writes) command.Options.Add(_output);
        command.Options.Add(_baseUrl);
        command.Options.Add(_basePath);
        command.Options.Add(_asOf);
    }

    /// <summary>The options given, or null (with the reason printed) when one cannot be used.</summary>
    public BuildOptions? Read(ParseResult result)
    {
        var asOfText = result.GetValue(_asOf);
        var date = DateOnly.FromDateTime(DateTime.Today);
        if (asOfText is not null && !UkDate.TryParse(asOfText, out date))
        {
            Console.Error.WriteLine($"--as-of: '{asOfText}' is not a date. Write it as {UkDate.Accepted}.");
            return null;
        }
        var baseUrl = result.GetValue(_baseUrl);
        if (baseUrl is not null && SiteAddress.Problem(baseUrl) is { } problem)
        {
            Console.Error.WriteLine($"--base-url: {problem}");
            return null;
        }
        var output = writes ? result.GetValue(_output)! : DefaultOutput;
        return new BuildOptions(result.GetValue(_input)!, output, baseUrl, result.GetValue(_basePath), date);
    }
}
