using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InspectionSite.Content.Model;
using Plotly.NET;

namespace InspectionSite.Content.Charts;

/// <summary>
/// A figure's JSON (<c>data</c>, <c>layout</c> and <c>config</c>, what <c>Plotly.newPlot</c> takes), made safe to carry
/// inside a page's <c>&lt;script type="application/json"&gt;</c> element.
/// </summary>
public static class FigureJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>
    /// Makes and writes one small figure of each kind of trace, so that Plotly.NET's code is compiled before the
    /// first page with a chart needs it.
    /// </summary>
    public static void WarmUp()
    {
        var series = new Series("Warm-up", [new Count(1, IsLowerBound: false)], ChartStyle.After);
        CategoryChart.Build("warm-up", "", "", "", "", ["A"], [series], StyleParam.BarMode.Group, horizontal: true);
        TimeSeriesChart.Build("warm-up", "", "", "", [new DateOnly(2022, 6, 30)], [series], "");
    }

    /// <summary>
    /// Writes what <c>GenericChart.toJson</c> writes, the figure's Plotly.NET objects attribute by attribute, with
    /// System.Text.Json: Newtonsoft.Json, which <c>toJson</c> uses, reads each attribute of Plotly.NET's dynamic objects
    /// through the DLR, about 0.2 ms for a small figure, which made the figure stage at 10,000 items twelve times slower.
    /// <c>ChartTests</c> checks that the two agree on every chart of the real input. The encoder writes &lt;, &gt; and
    /// &amp; as \u escapes, so text from the input ("&lt;/script&gt;" in an owner's name) cannot close the element.
    /// </summary>
    public static string Of(GenericChart figure)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            Write(writer, GenericChart.getTraces(figure));
            writer.WritePropertyName("layout");
            Write(writer, GenericChart.getLayout(figure));
            writer.WritePropertyName("config");
            Write(writer, GenericChart.getConfig(figure));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case DynamicObj.DynamicObj obj:
                writer.WriteStartObject();
                foreach (var (name, property) in obj.GetProperties(true))
                {
                    writer.WritePropertyName(name);
                    Write(writer, property);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Write(writer, item);
                writer.WriteEndArray();
                break;
            default: throw new NotSupportedException($"A figure attribute of type {value.GetType()} has no JSON form here.");
        }
    }
}
