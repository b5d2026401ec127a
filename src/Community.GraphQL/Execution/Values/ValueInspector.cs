using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>
/// Prints a runtime value for error messages the way graphql-js's <c>inspect</c> does:
/// strings quoted, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>, nested at most two levels.
/// </summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        if (value is JsonElement element)
        {
            value = JsonValue.Simplify(element);
        }

        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(Community.GraphQL.Types.ValueInspector.Quote(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case double d:
                builder.Append(NumericValue.Format(d));
                return;
            case float f:
                builder.Append(NumericValue.Format(f));
                return;
            case IFormattable formattable when value is int or long or decimal or short or byte or sbyte or ushort or uint or ulong:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Enum e:
                builder.Append(e.ToString());
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(builder, map, depth);
                return;
            case IEnumerable list:
                WriteList(builder, list, depth);
                return;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        if (!map.Any())
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        var first = true;
        foreach (var (key, item) in map)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(key).Append(": ");
            Write(builder, item, depth + 1);
        }

        builder.Append(" }");
    }

    private static void WriteList(StringBuilder builder, IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(items.Count, MaxItems);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, items[i], depth + 1);
        }

        if (items.Count > MaxItems)
        {
            var remaining = items.Count - MaxItems;
            builder.Append(", ... ").Append(remaining).Append(remaining == 1 ? " more item" : " more items");
        }

        builder.Append(']');
    }
}
