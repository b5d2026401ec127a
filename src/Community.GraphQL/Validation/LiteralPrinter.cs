using System.Globalization;
using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Validation;

/// <summary>Prints the values and type references that validation messages quote, as GraphQL source.</summary>
internal static class LiteralPrinter
{
    public static string Print(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => string.Empty,
    };

    /// <summary>A value literal in the compact form graphql-js prints (<c>{a: 1, b: [2, 3]}</c>).</summary>
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value, int depth)
    {
        // Values are bounded by the parser's nesting limit; elide anything deeper rather than recurse on.
        if (depth > 128)
        {
            builder.Append("...");
            return;
        }

        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                AppendString(builder, stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i], depth + 1);
                }

                builder.Append(']');
                break;
            case ObjectValueNode objectValue:
                builder.Append('{');
                for (var i = 0; i < objectValue.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(objectValue.Fields[i].Name.Value).Append(": ");
                    Append(builder, objectValue.Fields[i].Value, depth + 1);
                }

                builder.Append('}');
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
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
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
