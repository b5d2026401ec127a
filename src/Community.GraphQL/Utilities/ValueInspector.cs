using System.Collections;
using System.Text;
using System.Text.Json;
using Community.GraphQL.Types;

namespace Community.GraphQL;

/// <summary>
/// Describes a runtime value in error messages as graphql-js's <c>inspect</c> does: strings
/// quoted, lists in brackets, objects in braces, nesting cut off after two levels. Used by every
/// coercion message (scalars, variables, input objects) so that one value reads the same everywhere.
/// </summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    /// <summary>
    /// A string in double quotes as <c>JSON.stringify</c> writes it: quote, backslash and control
    /// characters escaped, lone surrogates as <c>\uXXXX</c>, everything else (non-ASCII letters,
    /// emoji) as it is.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

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
            value = JsonElementValue.Simplify(element);
        }

        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(Quote(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case char c:
                builder.Append(Quote(c.ToString()));
                break;
            case Enum e:
                builder.Append(e.ToString());
                break;
            case var number when NumericValue.IsNumber(number):
                builder.Append(NumericValue.Format(number));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(builder, map, depth);
                break;
            case IEnumerable list:
                WriteList(builder, list, depth);
                break;
            default:
                builder.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        var entries = map.ToList();
        if (entries.Count == 0)
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
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ");
            Write(builder, entries[i].Value, depth + 1);
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

        var hidden = items.Count - shown;
        if (hidden == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (hidden > 1)
        {
            builder.Append(", ... ").Append(hidden).Append(" more items");
        }

        builder.Append(']');
    }
}
