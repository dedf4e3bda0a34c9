namespace InspectionSite.Content.Model;

/// <summary>Comparing two readings of one table's rows.</summary>
public static class Rows
{
    /// <summary>
    /// Where <paramref name="after"/> differs from <paramref name="before"/>, when it holds the same rows in the same
    /// places but for some changed in place, each with the key it had; null when rows were added, removed or moved.
    /// Rows the CSV cache kept are the very objects it gave last time, so one pass by reference finds the others.
    /// </summary>
    public static List<int>? ChangedInPlace<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> keyOf) where T : class
    {
        if (before.Count != after.Count) return null;
        var changedAt = new List<int>();
        for (var i = 0; i < after.Count; i++)
        {
            if (ReferenceEquals(before[i], after[i])) continue;
            if (keyOf(before[i]) != keyOf(after[i])) return null;
            changedAt.Add(i);
        }
        return changedAt;
    }
}
