using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Community.GraphQL.Execution;

/// <summary>
/// Writes the commonest scalars faster than <see cref="Utf8JsonWriter"/>'s general path, with
/// byte-identical output: short strings of plain printable ASCII (no character any of the
/// standard encoders would escape) are copied as raw JSON, whole doubles are written as
/// integers (which is how the writer formats them below 10^15) and doubles with up to three
/// decimals are formatted without the general shortest-round-trip search.
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

        if (CanWriteRaw(writer) && TryWriteShortDecimal(writer, value))
        {
            return;
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>
    /// A value such as 1.5 or -0.25: m / 10^k for a whole m of at most 15 digits without a
    /// trailing zero and k of at most 3. No other decimal of at most 15 significant digits is
    /// nearest to the same double, so this is the shortest round-trip text the writer produces too.
    /// </summary>
    private static bool TryWriteShortDecimal(Utf8JsonWriter writer, double value)
    {
        var scale = 1d;
        for (var decimals = 1; decimals <= 3; decimals++)
        {
            scale *= 10;
            var scaled = value * scale;
            if (Math.Abs(scaled) >= 1e15 || scaled != Math.Floor(scaled))
            {
                continue;
            }

            var whole = (long)scaled;
            if (whole % 10 == 0 || whole / scale != value)
            {
                return false;
            }

            Span<byte> digits = stackalloc byte[24];
            ((ulong)Math.Abs(whole)).TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
            Span<byte> json = stackalloc byte[32];
            var position = 0;
            if (whole < 0)
            {
                json[position++] = (byte)'-';
            }

            var integerDigits = length - decimals;
            if (integerDigits <= 0)
            {
                json[position++] = (byte)'0';
                json[position++] = (byte)'.';
                json.Slice(position, -integerDigits).Fill((byte)'0');
                position += -integerDigits;
                digits[..length].CopyTo(json[position..]);
                position += length;
            }
            else
            {
                digits[..integerDigits].CopyTo(json[position..]);
                position += integerDigits;
                json[position++] = (byte)'.';
                digits[integerDigits..length].CopyTo(json[position..]);
                position += decimals;
            }

            writer.WriteRawValue(json[..position], skipInputValidation: true);
            return true;
        }

        return false;
    }

    /// <summary>Raw values skip indentation, and an unknown encoder may escape more than the default one.</summary>
    private static bool CanWriteRaw(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        return !options.Indented && (options.Encoder is null || ReferenceEquals(options.Encoder, JavaScriptEncoder.Default) || ReferenceEquals(options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }
}
