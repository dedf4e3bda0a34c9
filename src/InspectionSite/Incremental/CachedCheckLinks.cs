using InspectionSite.Checking;
using InspectionSite.Pipeline;

namespace InspectionSite.Incremental;

/// <summary>
/// check links, with the cache: scans only pages whose bytes are new. When the site has the same files as at the last
/// build, only the pages whose bytes changed, and the pages whose links point at an anchor on one of them, can have a
/// broken link, so only those are checked. A file kept from the last build is the very same object, so with the same
/// files in the same order only the new objects are looked at.
/// </summary>
internal sealed class CachedCheckLinks(CheckSiteLinks check, Rebuild rebuild) : IStage<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>>
{
    public string Name => check.Name;

    public IReadOnlyList<OutputFile> Run(IReadOnlyList<OutputFile> files)
    {
        var last = rebuild.Last;
        var sameFiles = last is not null && OutputFile.SamePaths(last.Produced.Files, files);
        var scanned = sameFiles ? new Dictionary<string, PageAnchors>(last!.Anchors, StringComparer.Ordinal) : new Dictionary<string, PageAnchors>(StringComparer.Ordinal);
        var fresh = new List<OutputFile>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (sameFiles && ReferenceEquals(file, last!.Produced.Files[i]) || !file.Path.EndsWith(".html", StringComparison.Ordinal)) continue;
            // A page rendered again may come out the same (the open-data page, at every build): its links and ids are as they were.
            if (last is not null && last.Files.TryGetValue(file.Path, out var old) && old.Content.AsSpan().SequenceEqual(file.Content))
                scanned[file.Path] = last.Anchors[file.Path];
            else fresh.Add(file);
        }
        var results = new PageAnchors[fresh.Count];
        Parallel.For(0, fresh.Count, i => results[i] = PageAnchors.Scan(fresh[i].Content));
        for (var i = 0; i < fresh.Count; i++) scanned[fresh[i].Path] = results[i];

        var existing = sameFiles ? last!.Existing : files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        IReadOnlySet<string>? only = null;
        if (last is not null && existing.SetEquals(last.Existing))
        {
            var changed = fresh.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            only = changed.Concat(scanned.Where(page => page.Value.AnchoredFiles(check.BasePath).Overlaps(changed)).Select(page => page.Key)).ToHashSet(StringComparer.Ordinal);
        }
        check.Check(scanned, existing, only);
        rebuild.Links = (scanned, existing);
        return files;
    }
}
