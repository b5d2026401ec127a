using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Prints a value literal on one line for coercion messages (<c>Int cannot represent
/// non-integer value: "1"</c>). Nesting past <see cref="MaxDepth"/> prints as <c>...</c>, so
/// any literal is safe to print.
/// </summary>
internal static class LiteralText
{
    private const int MaxDepth = 32;

    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, ValueNode value, int depth)
    {
        if (depth > MaxDepth)
        {
            builder.Append("...");
            return;
        }

        switch (value)
        {
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case StringValueNode s:
                builder.Append(ValueInspector.Quote(s.Value));
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case VariableNode v:
                builder.Append('$').Append(v.Name.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, list.Values[i], depth + 1);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty);
                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Write(builder, obj.Fields[i].Value, depth + 1);
                }

                builder.Append('}');
                break;
        }
    }
}
