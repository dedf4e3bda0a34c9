using System.Linq.Expressions;

namespace InspectionSite.Content.Reading;

/// <summary>
/// The columns of one CSV file, in the spirit of a CsvHelper class map: each column's header name,
/// the converter that reads its cells and the property it fills. It also knows which columns a
/// file must have, so that unknown and missing columns are reported by name.
/// </summary>
public abstract class CsvTableMap<TRow> where TRow : new()
{
    private readonly List<MappedColumn> _columns = [];

    public IReadOnlyList<string> Columns => _columns.Select(c => c.Name).ToList();

    public IReadOnlyList<string> RequiredColumns => _columns.Where(c => c.Converter.Required).Select(c => c.Name).ToList();

    protected void Column<TMember>(Expression<Func<TRow, TMember>> member, string name, CellConverter converter)
    {
        var row = Expression.Parameter(typeof(TRow));
        var value = Expression.Parameter(typeof(object));
        var assign = Expression.Assign(
            Expression.MakeMemberAccess(row, ((MemberExpression)member.Body).Member),
            Expression.Convert(value, typeof(TMember)));
        var setter = Expression.Lambda<Action<TRow, object?>>(assign, row, value).Compile();
        _columns.Add(new MappedColumn(name, converter, setter));
    }

    /// <summary>Reads one record; <paramref name="cell"/> gives a column's text, or null where the file lacks it.</summary>
    public TRow Read(Func<string, string?> cell)
    {
        var row = new TRow();
        foreach (var column in _columns)
        {
            var value = column.Converter.Read(cell(column.Name), column.Name);
            if (value is not null) column.Set(row, value);
        }
        return row;
    }

    private sealed record MappedColumn(string Name, CellConverter Converter, Action<TRow, object?> Set);
}
