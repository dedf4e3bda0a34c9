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
    private ItemFilterOptions(IReadOnlyList<IReadOnlyList<(string Value, string Text)>> all) =>
        (Kind, Status, Rag, Owner, Topic, Overdue) = (all[0], all[1], all[2], all[3], all[4], all[5]);

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
    public static ItemFilterOptions Of(SiteModel site, IReadOnlyList<Recommendation> items)
    {
        ItemState State(Recommendation item) => site.StateOf(item);
        return new ItemFilterOptions(
        [
            Distinct(site, items, item => (Choice.Name(item.Kind), Labels.Of(item.Kind))),
            Distinct(site, items, item => (ItemRow.StatusKey(State(item)), ItemRow.StatusText(State(item), site.Info.StaleAfterMeetings))),
            Distinct(site, items, item => (ItemRow.RagKey(State(item)), Labels.Of(State(item).Rag))),
            items.Select(i => i.Owner).OfType<string>().Distinct().Order(StringComparer.OrdinalIgnoreCase).Select(o => (o, o)).ToList(),
            items.SelectMany(i => site.TopicsOf(i.Topics)).Distinct().OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => (t.Slug, t.Name)).ToList(),
            ValueSets.OverdueAnswers.Values.Where(a => items.Any(i => State(i).Overdue == a.Value)).Select(a => (a.Name, a.Label)).ToList(),
        ]);
    }

    /// <summary>
    /// The options a filter offers: the values the rows hold, in their natural order (kind, then status, then RAG rating).
    /// Each option is placed by the first row, in that order, that holds it; one pass keeps this cheap for long lists.
    /// </summary>
    private static List<(string, string)> Distinct(SiteModel site, IReadOnlyList<Recommendation> items, Func<Recommendation, (string Value, string Text)> option)
    {
        var first = new Dictionary<(string, string), (ItemKind, ItemStatus, Rag)>();
        foreach (var item in items)
        {
            var state = site.StateOf(item);
            // Items not reported lately come after every status, and before statuses not known.
            var status = state.IsStale ? (ItemStatus)int.MaxValue - 1 : state.Status ?? (ItemStatus)int.MaxValue;
            var place = (item.Kind, status, state.Rag ?? (Rag)int.MaxValue);
            var value = option(item);
            if (!first.TryGetValue(value, out var earliest) || place.CompareTo(earliest) < 0) first[value] = place;
        }
        return first.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();
    }
}
