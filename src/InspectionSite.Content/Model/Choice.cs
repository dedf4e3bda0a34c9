namespace InspectionSite.Content.Model;

/// <summary>The name editors write for a coded value (signed-off-by-hmicfrs), as its value set declares it.</summary>
public static class Choice
{
    public static string Name(InspectionKind kind) => ValueSets.InspectionKinds.NameOf(kind);

    public static string Name(ItemKind kind) => ValueSets.ItemKinds.NameOf(kind);

    public static string Name(ItemStatus status) => ValueSets.Statuses.NameOf(status);

    public static string Name(EventKind kind) => ValueSets.EventKinds.NameOf(kind);

    public static string Name(Rag rag) => ValueSets.Rags.NameOf(rag);

    public static string Name(Overdue overdue) => ValueSets.OverdueAnswers.NameOf(overdue);
}
