using InspectionSite.Content.Site;

namespace InspectionSite.Content.OpenData;

/// <summary>The kinds of value a published column holds; lists are written "a; b" in CSV and as arrays in JSON.</summary>
public enum DataType { String, Date, Boolean, List }

/// <summary>One column of a published table: its name, what it holds, and the rules its values keep.</summary>
public sealed record DataColumn(
    string Name,
    DataType Type,
    string Description,
    bool Required = false,
    IReadOnlyList<string>? AllowedValues = null,
    string? References = null);

/// <summary>
/// One table of the open data. Each row holds a typed value per column (string, DateOnly, bool or a
/// list of strings), or null where the papers do not say.
/// </summary>
public sealed record DataTable(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<DataColumn> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public string CsvPath => CsvPathOf(Name);

    public string JsonPath => JsonPathOf(Name);

    public static string CsvPathOf(string table) => Routes.DataFile(table + ".csv");

    public static string JsonPathOf(string table) => Routes.DataFile(table + ".json");
}
