using System.Diagnostics;
using System.Text.Json;
using InspectionSite.Content.Model;
using InspectionSite.Content.Reading;
using InspectionSite.Tests.Support;
using InspectionSite.Theme;
using InspectionSite.Tools;

namespace InspectionSite.Tests;

/// <summary>
/// The theme's stylesheet is GOV.UK Frontend and MoJ Frontend compiled with the site's own rules, committed so that a
/// build needs no Sass; the brand colour is a stylesheet of its own, made from site.yml.
/// </summary>
public sealed class ThemeStylesheetTests
{
    private static readonly string Committed = Path.Combine(Repository.Root, "theme", "assets", "styles", "site.css");

    [Fact, Trait("Speed", "Slow")]
    public void The_committed_stylesheet_is_what_the_Sass_compiles_to()
    {
        var compiled = Sass(input: null);
        Assert.True(compiled.TrimEnd() == File.ReadAllText(Committed).TrimEnd(),
            "theme/assets/styles/site.css is not what theme/styles/site.scss compiles to. Compile it again with: npm run css");
    }

    /// <summary>
    /// Pages carry GOV.UK Frontend's classes, so the site's own rules are only what no component covers: a quarter of
    /// the 9,238 B theme hand-written before GOV.UK Frontend, with room for a rule or two.
    /// </summary>
    [Fact, Trait("Speed", "Slow")]
    public void The_site_s_own_rules_stay_a_small_part_of_the_stylesheet()
    {
        var site = File.ReadAllText(Path.Combine(Repository.Root, "theme", "styles", "site.scss"));
        var withoutOwnRules = Sass(site.Replace("@use \"site-rules\";", ""));
        var ownRules = File.ReadAllText(Committed).TrimEnd().Length - withoutOwnRules.TrimEnd().Length;
        Assert.True(ownRules is > 0 and <= 2_800,
            $"The site's own rules compile to {ownRules} B. Give the markup GOV.UK Frontend's classes (docs/theme.md) rather than adding rules to theme/styles/_site-rules.scss.");
    }

    /// <summary>
    /// What the command package.json runs writes, less its output file so the Sass writes to standard output;
    /// given an input, Sass compiles that instead of site.scss.
    /// </summary>
    private static string Sass(string? input)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package.json")));
        var command = manifest.RootElement.GetProperty("scripts").GetProperty("css").GetString()!.Split(' ');
        Assert.Equal(["sass", "theme/styles/site.scss", "theme/assets/styles/site.css"], [command[0], command[^2], command[^1]]);
        var sass = new NodePackages(Repository.Root).PathOf("sass", "sass.js");
        string[] source = input is null ? [command[^2]] : ["--stdin"];
        var start = new ProcessStartInfo("node", [sass, .. command[1..^2], .. source])
        {
            WorkingDirectory = Repository.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        var compiled = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        return compiled.Result;
    }

    [Fact]
    public void The_stylesheet_carries_no_GOV_UK_font_and_no_word_split_anywhere()
    {
        var css = File.ReadAllText(Committed);
        Assert.DoesNotContain("GDS Transport", css);
        Assert.DoesNotContain("@font-face", css);
        Assert.DoesNotContain("body{overflow-wrap:anywhere", css.Replace(" ", ""));
        Assert.Contains("font-family:system-ui", css);
    }

    [Fact]
    public void The_brand_colour_from_site_yml_is_GOV_UK_Frontend_s_brand_colour()
    {
        var site = SiteSettings.Fallback with { BrandColour = "#0b3d20" };
        var (name, content) = BrandStylesheet.Of(site);
        Assert.Equal("styles/brand.css", name);
        Assert.Equal(":root { --govuk-brand-colour: #0b3d20; }\n", System.Text.Encoding.UTF8.GetString(content));
    }

    [Fact, Trait("Speed", "Slow")]
    public void The_header_shows_the_brand_colour_and_the_logo_site_yml_names()
    {
        using var folder = TempFolder.WithRealInput();
        Directory.CreateDirectory(folder["input/images"]);
        byte[] logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();
        File.WriteAllBytes(folder["input/images/crest.svg"], logo);
        InputEdits.AppendLine(folder["input/site.yml"], "brand_colour: \"#0B3D20\"");
        InputEdits.AppendLine(folder["input/site.yml"], "logo: images/crest.svg");

        SiteBuilder.Build(folder["input"], folder["output"]);

        var home = BuiltSite.Open(folder["output"], "/");
        var image = home.QuerySelector(".govuk-header img")!;
        Assert.Matches(@"^/assets/images/logo\.[0-9a-f]{10}\.svg$", image.GetAttribute("src"));
        Assert.Equal("", image.GetAttribute("alt"));
        Assert.Contains("Office of the West Midlands Police and Crime Commissioner", image.ParentElement!.TextContent);
        Assert.Equal(logo, File.ReadAllBytes(folder["output"] + image.GetAttribute("src")));
        var brand = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("/brand."));
        Assert.Equal(":root { --govuk-brand-colour: #0b3d20; }\n", File.ReadAllText(folder["output"] + brand));
    }

    [Theory]
    [InlineData("#1d3557", true)]
    [InlineData("#1d70b8", true)]  // GOV.UK blue: 5.17:1
    [InlineData("#767676", true)]  // the lightest grey that passes: 4.54:1
    [InlineData("#777777", false)] // 4.48:1
    [InlineData("#ffdd00", false)]
    public void A_brand_colour_passes_only_with_AA_contrast_for_white_text(string colour, bool passes) =>
        Assert.Equal(passes, BrandColour.Problem(colour) is null);
}
