using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Community.GraphQL.Data.Paging;

/// <summary>
/// Cursors hold the sort-key values of an item, bound to the list and the order they came from and
/// signed, so that a forged, altered, truncated or other-order cursor is refused instead of
/// silently paging from somewhere else. Layout before base64url: order hash (8 bytes), the values
/// as a JSON array, HMAC-SHA256 of both (first 16 bytes).
/// </summary>
internal sealed class CursorCodec
{
    private const int OrderHashLength = 8;
    private const int MacLength = 16;
    private readonly byte[] _key;

    public CursorCodec(byte[] key) => _key = key;

    /// <summary>A short hash naming a list and its order; a cursor only serves the order it was made for.</summary>
    public static byte[] OrderHash(string coordinate, IEnumerable<string> keys)
        => SHA256.HashData(Encoding.UTF8.GetBytes(coordinate + "|" + string.Join(",", keys)))[..OrderHashLength];

    public string Encode(byte[] orderHash, IReadOnlyList<object?> values, IReadOnlyList<Type> types)
    {
        using var buffer = new MemoryStream();
        buffer.Write(orderHash);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < values.Count; i++)
            {
                CursorValues.Write(writer, values[i], types[i]);
            }

            writer.WriteEndArray();
        }

        var payload = buffer.ToArray();
        var mac = HMACSHA256.HashData(_key, payload).AsSpan(0, MacLength);
        return Base64Url.EncodeToString([.. payload, .. mac]);
    }

    /// <exception cref="GraphQLException">The cursor is not one of this list and order.</exception>
    public IReadOnlyList<object?> Decode(string cursor, byte[] orderHash, IReadOnlyList<Type> types)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            throw Invalid(cursor);
        }

        if (bytes.Length < OrderHashLength + MacLength + 2)
        {
            throw Invalid(cursor);
        }

        var payload = bytes.AsSpan(0, bytes.Length - MacLength);
        var expected = HMACSHA256.HashData(_key, payload).AsSpan(0, MacLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - MacLength)))
        {
            throw Invalid(cursor);
        }

        if (!payload[..OrderHashLength].SequenceEqual(orderHash))
        {
            throw new GraphQLException(
                "The cursor was issued for another order of this list (or another list); ask for the first page with the new order.",
                DataErrorCodes.InvalidCursor);
        }

        try
        {
            var document = JsonDocument.Parse(payload[OrderHashLength..].ToArray());
            var items = document.RootElement.EnumerateArray().ToArray();
            if (items.Length != types.Count)
            {
                throw Invalid(cursor);
            }

            return items.Select((item, i) => CursorValues.Read(item, types[i])).ToArray();
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid(cursor);
        }
    }

    private static GraphQLException Invalid(string cursor) => new(
        $"\"{(cursor.Length > 40 ? cursor[..40] + "..." : cursor)}\" is not a cursor of this list; use a cursor from the list's own pageInfo or edges.",
        DataErrorCodes.InvalidCursor);
}
