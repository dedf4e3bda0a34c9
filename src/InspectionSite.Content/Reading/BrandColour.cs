using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionSite.Content.Reading;

/// <summary>The organisation's colour from site.yml, checked for contrast with the white text the header writes on it.</summary>
public static partial class BrandColour
{
    /// <summary>WCAG 2.2 AA for normal text (1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>What is wrong with a brand colour, or null when white text on it meets WCAG AA.</summary>
    public static string? Problem(string text)
    {
        if (!HexColour().IsMatch(text)) return $"'{text}' is not a colour written as # and six hexadecimal digits.";
        var contrast = ContrastWithWhite(text);
        return contrast >= MinimumContrast ? null
            : $"White text on {text} has a contrast of {Math.Floor(contrast * 100) / 100:0.##}:1; WCAG AA needs at least {MinimumContrast}:1.";
    }

    /// <summary>The WCAG contrast ratio of white on the colour: (1 + 0.05) / (its relative luminance + 0.05).</summary>
    public static double ContrastWithWhite(string hex) => 1.05 / (RelativeLuminance(hex) + 0.05);

    private static double RelativeLuminance(string hex)
    {
        double Channel(int at)
        {
            var value = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
