using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Community.GraphQL.Execution;

namespace Community.GraphQL.Tests.Execution;

public sealed class JsonScalarWriterTests
{
    public static TheoryData<string> WriterKinds => ["default", "relaxed", "indented", "validating"];

    private static readonly string[] Strings =
    [
        "", "Member 12", "member12@example.com", "a\"b", "a\\b", "<script>", "a&b", "it's", "1+1", "`x`",
        "tab\there", "line\nbreak", "caf\u00e9", "\u2028", "emoji \ud83d\ude00", "\u007f", new string('x', 256), new string('y', 257),
        .. Enumerable.Range(0x20, 0x5f).Select(c => $"<{(char)c}>"),
        .. Enumerable.Range(0x20, 0x5f).Select(c => ((char)c).ToString()),
    ];

    private static readonly double[] Doubles =
    [
        0, -0.0, 1, -1, 1.5, 0.1, 3, 150, 2.5e-8, 123456789012345, 999999999999999, 1e15, -1e15, 1e16, 4503599627370496.0,
        -999999999999999, 1e300, double.Epsilon, 1.0 / 3, 9007199254740993.0, 0.001, -0.001, 0.005, 0.0001, 0.3, 0.1 + 0.2,
        99999999999999.9, 999999999999.999, 1e14 + 0.5, -12.345, 10.01, 100.1, 0.07, 1.1, 2.675, 1e-5, 123.4560,
        .. Enumerable.Range(-300, 600).Select(i => i * 1.5),
        .. Enumerable.Range(-300, 600).Select(i => i * 0.1),
        .. Enumerable.Range(-300, 600).Select(i => i * 0.01),
        .. Enumerable.Range(0, 600).Select(i => i * 0.001),
        .. Enumerable.Range(0, 600).Select(i => i / 7.0),
        .. Enumerable.Range(1, 300).Select(i => 1e15 / i),
        .. RoundedRandomDoubles(),
    ];

    /// <summary>Random values of every magnitude up to 10^15, rounded to zero to four decimals.</summary>
    private static IEnumerable<double> RoundedRandomDoubles()
    {
        var random = new Random(20211021);
        for (var i = 0; i < 20000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(0, 16));
            var value = Math.Round((random.NextDouble() - 0.5) * magnitude, random.Next(0, 5));
            yield return value;
        }
    }

    [Theory]
    [MemberData(nameof(WriterKinds))]
    public void Strings_are_written_exactly_as_the_writer_writes_them(string kind)
    {
        foreach (var value in Strings)
        {
            Assert.Equal(Write(kind, w => w.WriteStringValue(value)), Write(kind, w => JsonScalarWriter.WriteString(w, value)));
        }
    }

    [Theory]
    [MemberData(nameof(WriterKinds))]
    public void Doubles_are_written_exactly_as_the_writer_writes_them(string kind)
    {
        foreach (var value in Doubles)
        {
            Assert.Equal(Write(kind, w => w.WriteNumberValue(value)), Write(kind, w => JsonScalarWriter.WriteDouble(w, value)));
        }
    }

    /// <summary>The value inside an object and twice inside an array, so separators and indentation show.</summary>
    private static string Write(string kind, Action<Utf8JsonWriter> writeValue)
    {
        var options = kind switch
        {
            "relaxed" => new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
            "indented" => new JsonWriterOptions { Indented = true },
            "validating" => new JsonWriterOptions(),
            _ => new JsonWriterOptions { SkipValidation = true },
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("a");
            writeValue(writer);
            writer.WritePropertyName("b");
            writer.WriteStartArray();
            writeValue(writer);
            writeValue(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
