using InspectionSite.Content.Model;
using InspectionSite.Content.Site;

namespace InspectionSite.Theme.Components;

/// <summary>
/// The options the filters of a list of items offer (<see cref="ItemTable"/>): the values its rows hold, in their
/// natural order. Every page of a long list offers the options of the whole list, so an edit to one item changes every
/// page only when it changes these; the preview compares them to know (<see cref="SameAs"/>).
/// </summary>
public sealed class ItemFilterOptions
{
    private ItemFilterOptions(IReadOnlyList<(string, string)> kind, IReadOnlyList<(string, string)> status, IReadOnlyList<(string, string)> rag,
        IReadOnlyList<(string, string)> owner, IReadOnlyList<(string, string)> topic, IReadOnlyList<(string, string)> overdue) =>
        (Kind, Status, Rag, Owner, Topic, Overdue) = (kind, status, rag, owner, topic, overdue);

    public IReadOnlyList<(string Value, string Text)> Kind { get; }

    public IReadOnlyList<(string Value, string Text)> Status { get; }

    public IReadOnlyList<(string Value, string Text)> Rag { get; }

    public IReadOnlyList<(string Value, string Text)> Owner { get; }

    public IReadOnlyList<(string Value, string Text)> Topic { get; }

    public IReadOnlyList<(string Value, string Text)> Overdue { get; }

    private IEnumerable<IReadOnlyList<(string Value, string Text)>> All => [Kind, Status, Rag, Owner, Topic, Overdue];

    /// <summary>Whether both offer the same options, in the same order.</summary>
    public bool SameAs(ItemFilterOptions other) => All.Zip(other.All).All(pair => pair.First.SequenceEqual(pair.Second));

    /// <summary>The options of the list of every named item (<see cref="SiteModel.NamedItems"/>), worked out once for a linked site, which never changes.</summary>
    public static ItemFilterOptions OfEveryItem(SiteModel site) => EveryItem.GetValue(site, s => Of(s, s.NamedItems.ToList()));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteModel, ItemFilterOptions> EveryItem = [];

    /// <summary>The options that <paramref name="items"/> offer.</summary>
    /// <remarks>
    /// One pass gathers what the rows hold as values, not words: a status with its certainty and whether it is stale, a
    /// RAG rating, an owner, a topic cell's names. Each is then written as an option once, so a long list costs a pass.
    /// </remarks>
    private static ItemFilterOptions Of(SiteModel site, IReadOnlyList<Recommendation> items)
    {
        var kinds = new Places<ItemKind>();
        var standings = new Places<ItemRow.Standing>();
        var rags = new Places<ValueTuple<Rag?>>(); // a tuple of one: a dictionary's key cannot be null
        var overdue = new HashSet<Overdue>();
        var owners = new HashSet<string>(StringComparer.Ordinal);
        var topicNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var state = site.StateOf(item);
            // Items not reported lately come after every status, and before statuses not known.
            var place = (item.Kind, state.IsStale ? (ItemStatus)int.MaxValue - 1 : state.Status ?? (ItemStatus)int.MaxValue, state.Rag ?? (Rag)int.MaxValue);
            kinds.Add(item.Kind, place);
            standings.Add(ItemRow.Standing.Of(state), place);
            rags.Add(new ValueTuple<Rag?>(state.Rag), place);
            overdue.Add(state.Overdue);
            if (item.Owner is { } owner) owners.Add(owner);
            topicNames.UnionWith(item.Topics);
        }
        return new ItemFilterOptions(
            kind: kinds.InOrder(kind => (Choice.Name(kind), Labels.Of(kind))),
            status: standings.InOrder(standing => (ItemRow.StatusKey(standing), ItemRow.StatusText(standing, site.Info.StaleAfterMeetings))),
            rag: rags.InOrder(rag => (ItemRow.RagKey(rag.Item1), Labels.Of(rag.Item1))),
            owner: owners.Order(StringComparer.OrdinalIgnoreCase).Select(o => (o, o)).ToList(),
            topic: site.TopicsOf(topicNames).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => (t.Slug, t.Name)).ToList(),
            overdue: ValueSets.OverdueAnswers.Values.Where(a => overdue.Contains(a.Value)).Select(a => (a.Name, a.Label)).ToList());
    }

    /// <summary>
    /// The values a filter's rows hold, each placed by the first row, in natural order (kind, then status, then RAG
    /// rating), that holds it; written out as options in that order.
    /// </summary>
    private sealed class Places<T> where T : notnull
    {
        private readonly Dictionary<T, (ItemKind, ItemStatus, Rag)> _first = [];

        public void Add(T value, (ItemKind, ItemStatus, Rag) place)
        {
            if (!_first.TryGetValue(value, out var earliest) || place.CompareTo(earliest) < 0) _first[value] = place;
        }

        public List<(string, string)> InOrder(Func<T, (string Value, string Text)> option) =>
            _first.OrderBy(pair => pair.Value).Select(pair => option(pair.Key)).ToList();
    }
}
