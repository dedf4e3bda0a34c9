using InspectionSite.Content.Site;

namespace InspectionSite.Theme;

/// <summary>
/// One page of a list shown a hundred rows at a time: which rows it shows and where the other pages are. A list of a
/// hundred rows or fewer is one page, at the list's own address.
/// </summary>
/// <param name="List">The address of the list's first page, such as "/recommendations/" or a topic's page.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Rows">How many rows the whole list has.</param>
public sealed record ListPage(string List, int Number, int Rows)
{
    /// <summary>Rows a page shows: enough to scan on a phone, few enough to keep the page small at any size of site.</summary>
    public const int Size = 100;

    /// <summary>The name of the parameter a paged page's component takes its page by.</summary>
    public const string Parameter = "Paging";

    /// <summary>Every page of a list of <paramref name="rows"/> rows; one, even when there are none.</summary>
    public static IEnumerable<ListPage> All(string list, int rows) =>
        Enumerable.Range(1, Math.Max(1, (rows + Size - 1) / Size)).Select(number => new ListPage(list, number, rows));

    public int Count => Math.Max(1, (Rows + Size - 1) / Size);

    public bool IsPaged => Count > 1;

    /// <summary>The position of this page's first row in the list, from 1.</summary>
    public int FirstRow => Math.Min((Number - 1) * Size + 1, Rows);

    public int LastRow => Math.Min(Number * Size, Rows);

    public string Path => PathOf(Number);

    /// <summary>The page's title, with its number when the list has more than one page: "Recommendations (page 2 of 87)".</summary>
    public string Title(string list) => IsPaged ? $"{list} (page {Number} of {Count})" : list;

    public string PathOf(int number) => Routes.ListPage(List, number);

    /// <summary>This page's rows of the whole list.</summary>
    public IReadOnlyList<T> Of<T>(IReadOnlyList<T> rows) => rows.Skip((Number - 1) * Size).Take(Size).ToList();

    /// <summary>
    /// The page numbers to link, as GOV.UK's pagination shows them: the first, the last, this page and its neighbours;
    /// null where an ellipsis stands for the numbers left out.
    /// </summary>
    public IEnumerable<int?> Links()
    {
        var shown = Enumerable.Range(1, Count).Where(n => n == 1 || n == Count || Math.Abs(n - Number) <= 1).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var gap = i == 0 ? 0 : shown[i] - shown[i - 1] - 1;
            // An ellipsis never stands for a single number: the number takes no more room.
            if (gap == 1) yield return shown[i] - 1;
            else if (gap > 1) yield return null;
            yield return shown[i];
        }
    }
}
