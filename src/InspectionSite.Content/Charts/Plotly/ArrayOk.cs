using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionSite.Content.Charts.Plotly;

/// <summary>
/// An attribute Plotly's schema marks <c>arrayOk</c>: one value for the whole trace, or one per point
/// (a colour per bar, say).
/// </summary>
[JsonConverter(typeof(ArrayOkConverterFactory))]
public sealed class ArrayOk<T>
{
    private ArrayOk(T? one, IReadOnlyList<T>? each) => (One, Each) = (one, each);

    public T? One { get; }

    public IReadOnlyList<T>? Each { get; }

    public static implicit operator ArrayOk<T>(T one) => new(one, null);

    public static ArrayOk<T> PerPoint(IEnumerable<T> values) => new(default, values.ToList());
}

internal sealed class ArrayOkConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ArrayOk<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]), options)!;

    /// <summary>Writes each value with the value type's own converter, looked up once rather than on every write.</summary>
    private sealed class Converter<T>(JsonSerializerOptions options) : JsonConverter<ArrayOk<T>>
    {
        private readonly JsonConverter<T> _value = (JsonConverter<T>)options.GetConverter(typeof(T));

        public override ArrayOk<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Figures are only written.");

        public override void Write(Utf8JsonWriter writer, ArrayOk<T> value, JsonSerializerOptions options)
        {
            if (value.Each is not { } each)
            {
                _value.Write(writer, value.One!, options);
                return;
            }
            writer.WriteStartArray();
            foreach (var one in each) _value.Write(writer, one, options);
            writer.WriteEndArray();
        }
    }
}
