using System.Text;

namespace InspectionSite.Synthetic;

/// <summary>
/// Seeded text in the register of an inspection report. The body shape matches the shared benchmark
/// corpus (about 420 words: two level-2 headings, one level-3, a five-item list, a three-column table
/// and three links), so that builds of both are comparable page for page.
/// </summary>
public sealed class Prose(Random random)
{
    private static readonly string[] Words =
    (
        "the a an of to in for on with by from at as is are was were be been this that these those " +
        "force police officers staff victims crime investigation safeguarding risk assessment referral " +
        "supervision training leadership governance partnership data records evidence report review " +
        "inspection recommendation improvement concern progress plan action owner portfolio board " +
        "demand response call handling custody vetting welfare wellbeing communication service public " +
        "community trust confidence vulnerable children adults domestic abuse stalking harassment hate " +
        "fraud burglary robbery theft offence offender charge court outcome quality standard policy " +
        "process practice guidance audit sample analysis performance capacity capability resource " +
        "timely effective consistent clear accurate regular early local national joint multi-agency " +
        "improve ensure review monitor record assess share support reduce increase develop deliver " +
        "because however therefore although while when where which after before during across " +
        "every several many few most some each other same different important specific general"
    ).Split(' ');

    private static readonly string[] Capitalised = Words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToArray();

    public string Word() => Words[random.Next(Words.Length)];

    public string Phrase(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(i == 0 ? Capitalised[random.Next(Capitalised.Length)] : Word());
        }
        return text.ToString();
    }

    public string Sentence(int min = 8, int max = 16) => Phrase(random.Next(min, max + 1)) + ".";

    public string Paragraph(int targetWords)
    {
        var text = new StringBuilder();
        var count = 0;
        while (count < targetWords)
        {
            if (count > 0) text.Append(' ');
            var words = random.Next(8, 17);
            text.Append(Phrase(words)).Append('.');
            count += words;
        }
        return text.ToString();
    }

    /// <summary>A report-length Markdown body. Each link is written as Markdown ("[text](/path/)"); mentions are reference numbers.</summary>
    public string Body(IReadOnlyList<string> links, IReadOnlyList<string> mentions)
    {
        string LinkAt(int i) => links.Count == 0 ? "" : " See " + links[i % links.Count] + ".";
        string MentionAt(int i) => i < mentions.Count ? $" Progress on Recommendation {mentions[i]} is reported below." : "";

        var text = new StringBuilder();
        text.Append(Paragraph(70)).Append(LinkAt(0)).Append(MentionAt(0)).Append("\n\n");
        text.Append("## ").Append(Phrase(3)).Append("\n\n");
        text.Append(Paragraph(70)).Append(LinkAt(1)).Append("\n\n");
        for (var i = 0; i < 5; i++) text.Append("- ").Append(Phrase(random.Next(5, 9)).ToLowerInvariant()).Append('\n');
        text.Append('\n');
        text.Append("## ").Append(Phrase(3)).Append("\n\n");
        text.Append("| Measure | Count | Note |\n| --- | ---: | --- |\n");
        for (var i = 0; i < 4; i++) text.Append($"| {Word()} {Word()} | {random.Next(1, 10000)} | {Word()} |\n");
        text.Append('\n');
        text.Append(Paragraph(70)).Append(LinkAt(2)).Append(MentionAt(1)).Append("\n\n");
        text.Append("### ").Append(Phrase(2)).Append("\n\n");
        text.Append(Paragraph(70)).Append('\n');
        return text.ToString();
    }
}
