using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Community.GraphQL.Execution;

/// <summary>
/// Writes the commonest scalars faster than <see cref="Utf8JsonWriter"/>'s general path, with
/// byte-identical output: short strings of plain printable ASCII (no character any of the
/// standard encoders would escape) are copied as raw JSON, and whole doubles are written as
/// integers (which is how the writer formats them below 10^15).
/// </summary>
internal static class JsonScalarWriter
{
    private const int MaxFastLength = 256;

    // Printable ASCII without the characters the default encoder escapes (" \ & ' + < > `).
    private static readonly SearchValues<char> PlainCharacters = SearchValues.Create(
        " !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~");

    public static void WriteString(Utf8JsonWriter writer, string value)
    {
        if (value.Length > MaxFastLength || !CanWriteRaw(writer) || value.AsSpan().ContainsAnyExcept(PlainCharacters))
        {
            writer.WriteStringValue(value);
            return;
        }

        Span<byte> json = stackalloc byte[MaxFastLength + 2];
        json[0] = (byte)'"';
        Ascii.FromUtf16(value, json[1..], out var written);
        json[written + 1] = (byte)'"';
        writer.WriteRawValue(json[..(written + 2)], skipInputValidation: true);
    }

    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
        {
            writer.WriteNumberValue((long)value);
            return;
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>Raw values skip indentation, and an unknown encoder may escape more than the default one.</summary>
    private static bool CanWriteRaw(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        return !options.Indented && (options.Encoder is null || ReferenceEquals(options.Encoder, JavaScriptEncoder.Default) || ReferenceEquals(options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }
}
