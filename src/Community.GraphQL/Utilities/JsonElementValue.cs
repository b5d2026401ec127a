using System.Text.Json;

namespace Community.GraphQL;

/// <summary>
/// Turns a <see cref="JsonElement"/> (which transports may pass through) into the decoded JSON
/// values coercion works on. Only one level is converted: nested elements stay elements, so the
/// caller's depth bound still applies.
/// </summary>
internal static class JsonElementValue
{
    public static object? Simplify(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(item);
                }

                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }

                return map;
            default:
                return null;
        }
    }

    /// <summary>The value itself, or its one-level decoding when it is a <see cref="JsonElement"/>.</summary>
    public static object? Normalize(object? value) => value is JsonElement element ? Simplify(element) : value;
}
