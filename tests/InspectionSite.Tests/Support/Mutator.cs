namespace InspectionSite.Tests.Support;

/// <summary>Seeded, repeatable damage to a text: the slips of hand-editing, pasting and mis-saving, and a few attacks.</summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "\"", ",", "\n", "\r\n", "\r", "\0", "---", ":", ": ", "[", "]", "{", "}", "'", "<script>alert(1)</script>", "../", "..\\",
        "\uFEFF", "é", "\u2028", "\uD800", "9.159E+03", "#", "|", "*", "`", "<", ">", "&", "\t", " ", "- ", "  - ", "Recommendation 9159",
        "Recommendation 99999", "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>", "31/02/2022", "@", "%", "\\", "&#0;", "!",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var result = text;
        var steps = 1 + _random.Next(4);
        for (var i = 0; i < steps; i++) result = Step(result);
        return result;
    }

    private string Step(string text)
    {
        var at = text.Length == 0 ? 0 : _random.Next(text.Length);
        var length = Math.Min(text.Length - at, _random.Next(1, 40));
        return _random.Next(6) switch
        {
            0 or 1 => text.Insert(at, Tokens[_random.Next(Tokens.Length)]),
            2 => text.Remove(at, length),
            3 => text.Insert(at, text.Substring(at, length)),
            4 => text[..at],
            _ => SwapLines(text),
        };
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2) return text;
        var (a, b) = (_random.Next(lines.Length), _random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }
}
