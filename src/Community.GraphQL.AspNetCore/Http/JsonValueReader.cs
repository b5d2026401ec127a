using System.Text.Json;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// Decodes JSON values into the shapes <see cref="Execution.GraphQLRequest"/> holds: string, bool,
/// int, long, double, null, <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c>.
/// The recursion is bounded by <c>maxDepth</c>; a deeper value is refused with a coded error.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>Reads the value at the reader's current token; on return the reader is on the value's last token.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader, int depth, int maxDepth)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                EnsureDepth(depth, maxDepth);
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = ReadValue(ref reader, depth + 1, maxDepth);
                }

                return map;
            case JsonTokenType.StartArray:
                EnsureDepth(depth, maxDepth);
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader, depth + 1, maxDepth));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var i))
                {
                    return i;
                }

                if (reader.TryGetInt64(out var l))
                {
                    return l;
                }

                return reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Parses a whole JSON text that must be an object or null (GET's <c>variables</c> and <c>extensions</c>).</summary>
    public static IReadOnlyDictionary<string, object?>? ParseObject(string json, string parameter, int maxDepth)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), ReaderOptions(maxDepth));
        if (!reader.Read())
        {
            throw new RequestFormatException($"The \"{parameter}\" parameter is empty; send a JSON object.");
        }

        var value = reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadValue(ref reader, 1, maxDepth),
            JsonTokenType.Null => null,
            _ => throw NotAnObject(parameter),
        };
        if (reader.Read())
        {
            throw new RequestFormatException($"The \"{parameter}\" parameter has text after its JSON value.");
        }

        return (IReadOnlyDictionary<string, object?>?)value;
    }

    public static RequestFormatException NotAnObject(string parameter)
        => new($"The \"{parameter}\" parameter must be a JSON object (or null).");

    /// <summary>Reader settings that let <see cref="ReadValue"/> report depth itself, with its own message.</summary>
    public static JsonReaderOptions ReaderOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth + 8,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static void EnsureDepth(int depth, int maxDepth)
    {
        if (depth > maxDepth)
        {
            throw new RequestFormatException($"The request's JSON nests deeper than {maxDepth} levels.");
        }
    }
}
