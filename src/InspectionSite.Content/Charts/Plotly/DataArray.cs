using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

/// <summary>
/// A Plotly data array: numbers (a missing one is null, drawn as a gap), or text such as
/// ISO dates and category names.
/// </summary>
[JsonConverter(typeof(DataArrayConverter))]
public sealed class DataArray
{
    private DataArray(IReadOnlyList<object?> values) => Values = values;

    /// <summary>Each value: a string, a double, or null.</summary>
    public IReadOnlyList<object?> Values { get; }

    public static DataArray Of(IEnumerable<string> values) => new(values.Cast<object?>().ToList());

    public static DataArray Of(IEnumerable<double?> values) => new(values.Select(v => (object?)v).ToList());

    public static DataArray Of(IEnumerable<int?> values) => Of(values.Select(v => (double?)v));

    public static DataArray Of(IEnumerable<int> values) => Of(values.Select(v => (double?)v));

    public static DataArray Of(IEnumerable<DateOnly> dates) => Of(dates.Select(Model.UkDate.Iso));
}

internal sealed class DataArrayConverter : JsonConverter<DataArray>
{
    public override DataArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Figures are only written.");

    public override void Write(Utf8JsonWriter writer, DataArray value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value.Values)
        {
            switch (item)
            {
                case null: writer.WriteNullValue(); break;
                case double number: writer.WriteNumberValue(number); break;
                case string text: writer.WriteStringValue(text); break;
            }
        }
        writer.WriteEndArray();
    }
}
