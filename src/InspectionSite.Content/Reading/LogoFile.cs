using System.Text.RegularExpressions;

namespace InspectionSite.Content.Reading;

/// <summary>The logo site.yml names: an image inside the input folder, never a path that leads out of it.</summary>
public static partial class LogoFile
{
    public const string Example = "images/logo.svg";

    /// <summary>What is wrong with the name, or null for a file name inside the input folder with an image's extension.</summary>
    public static string? Problem(string text) =>
        InsideFolder().IsMatch(text) && !text.Split('/').Contains("..")
            ? null
            : $"'{text}' is not an image file named from the input folder: letters, digits, '-', '_' and '/' between folders, ending .svg, .png, .jpg or .webp.";

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9_./-]*\.(svg|png|jpe?g|webp)$", RegexOptions.IgnoreCase)]
    private static partial Regex InsideFolder();
}
