using System.Text;
using InspectionSite.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InspectionSite.Tests;

/// <summary>
/// README.md and docs/ link to each other by relative paths and heading anchors, as GitHub shows them. Every such
/// link must lead to a file, and to a heading in it, that exists; every page in docs/ must be reachable.
/// </summary>
public sealed class DocumentationLinkTests
{
    /// <summary>Pages written from the code rather than by hand, which may not be there yet in a checkout.</summary>
    private static readonly string[] WrittenElsewhere = ["docs/architecture.md", "docs/input-formats.md"];

    public static TheoryData<string> Documents => new(DocumentsUnder(Repository.Root));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_leads_to_a_file_or_heading_that_exists(string document)
    {
        var broken = new MarkdownLinks(Repository.Root).Broken(document)
            .Where(link => !(WrittenElsewhere.Contains(link.Target) && !File.Exists(Path.Combine(Repository.Root, link.Target))))
            .ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Every_page_in_docs_is_reachable_from_the_readme()
    {
        var links = new MarkdownLinks(Repository.Root);
        var reached = new HashSet<string> { "README.md" };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var document))
            foreach (var target in links.Targets(document).Where(t => t.EndsWith(".md", StringComparison.Ordinal) && File.Exists(Path.Combine(Repository.Root, t))))
                if (reached.Add(target)) queue.Enqueue(target);

        Assert.Empty(DocumentsUnder(Repository.Root).Except(reached));
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_reported()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["docs"]);
        File.WriteAllText(folder["README.md"],
            "# Start\n\n[ok](docs/a.md#the-a-page-1) [ok](#start) [gone](docs/b.md) [no heading](docs/a.md#nowhere) [site](/reports/) [web](https://example.org/)\n");
        File.WriteAllText(folder["docs/a.md"], "# The `A` page\n\n## The A page\n\n[up](../README.md#start)\n");

        var broken = new MarkdownLinks(folder.Path).Broken("README.md").Select(link => link.Url).ToList();

        Assert.Equal(["docs/b.md", "docs/a.md#nowhere"], broken);
        Assert.Empty(new MarkdownLinks(folder.Path).Broken("docs/a.md"));
    }

    private static IEnumerable<string> DocumentsUnder(string root)
    {
        var docs = Path.Combine(root, "docs");
        var pages = Directory.Exists(docs) ? Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories) : [];
        return pages.Select(page => Path.GetRelativePath(root, page).Replace('\\', '/')).Order(StringComparer.Ordinal).Prepend("README.md");
    }

    private sealed record Link(string Document, string Url, string Target, string? Anchor)
    {
        public override string ToString() => $"{Document}: ({Url}) leads nowhere";
    }

    /// <summary>The relative links of Markdown files under one folder, resolved as GitHub resolves them.</summary>
    private sealed class MarkdownLinks(string root)
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        private readonly Dictionary<string, HashSet<string>> _anchors = [];

        public IEnumerable<string> Targets(string document) => Links(document).Select(link => link.Target);

        public IEnumerable<Link> Broken(string document) => Links(document).Where(link => !Leads(link));

        private bool Leads(Link link)
        {
            var path = Path.Combine(root, link.Target);
            if (link.Anchor is null) return File.Exists(path) || Directory.Exists(path);
            return File.Exists(path) && Anchors(link.Target).Contains(link.Anchor);
        }

        private IEnumerable<Link> Links(string document)
        {
            var folder = Path.GetDirectoryName(document) ?? "";
            foreach (var url in Parse(document).Descendants<LinkInline>().Select(link => link.Url ?? ""))
            {
                if (url.Length == 0 || url.StartsWith('/') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var hash = url.IndexOf('#');
                var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
                var anchor = hash < 0 ? null : url[(hash + 1)..];
                var target = path.Length == 0 ? document : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, folder, path))).Replace('\\', '/');
                yield return new Link(document, url, target, anchor);
            }
        }

        private HashSet<string> Anchors(string document)
        {
            if (_anchors.TryGetValue(document, out var known)) return known;
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var heading in Parse(document).Descendants<HeadingBlock>())
            {
                var slug = Slug(PlainText(heading.Inline));
                var unique = slug;
                for (var n = 1; !anchors.Add(unique); n++) unique = $"{slug}-{n}";
            }
            return _anchors[document] = anchors;
        }

        private MarkdownDocument Parse(string document) => Markdown.Parse(File.ReadAllText(Path.Combine(root, document)), Pipeline);

        private static string PlainText(ContainerInline? inline) =>
            inline is null ? "" : string.Concat(inline.Select(child => child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContainerInline container => PlainText(container),
                _ => "",
            }));

        /// <summary>GitHub's heading anchor: lower case, letters, digits, hyphens and underscores kept, spaces made hyphens.</summary>
        private static string Slug(string text)
        {
            var slug = new StringBuilder(text.Length);
            foreach (var c in text.Trim().ToLowerInvariant())
                if (char.IsLetterOrDigit(c) || c is '-' or '_') slug.Append(c);
                else if (c == ' ') slug.Append('-');
            return slug.ToString();
        }
    }
}
