using System.Text;
using System.Text.Json;
using Community.GraphQL.Language;

namespace Community.GraphQL.Execution.Values;

/// <summary>Prints a value literal or a type reference for error messages (iteratively; deep input cannot overflow the stack).</summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode node)
    {
        var builder = new StringBuilder();

        // Either a node to print or a piece of punctuation to append.
        var stack = new Stack<object>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case string text:
                    builder.Append(text);
                    break;
                case VariableNode variable:
                    builder.Append('$').Append(variable.Name.Value);
                    break;
                case IntValueNode i:
                    builder.Append(i.Value);
                    break;
                case FloatValueNode f:
                    builder.Append(f.Value);
                    break;
                case StringValueNode s:
                    builder.Append(JsonSerializer.Serialize(s.Value));
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
                case ListValueNode list:
                    stack.Push("]");
                    for (var i = list.Values.Count - 1; i >= 0; i--)
                    {
                        stack.Push(list.Values[i]);
                        if (i > 0)
                        {
                            stack.Push(", ");
                        }
                    }

                    builder.Append('[');
                    break;
                case ObjectValueNode obj:
                    if (obj.Fields.Count == 0)
                    {
                        builder.Append("{}");
                        break;
                    }

                    stack.Push(" }");
                    for (var i = obj.Fields.Count - 1; i >= 0; i--)
                    {
                        stack.Push(obj.Fields[i].Value);
                        stack.Push(obj.Fields[i].Name.Value + ": ");
                        if (i > 0)
                        {
                            stack.Push(", ");
                        }
                    }

                    builder.Append("{ ");
                    break;
            }
        }

        return builder.ToString();
    }

    public static string Print(TypeNode type)
    {
        var suffix = new StringBuilder();
        var prefix = 0;
        while (true)
        {
            switch (type)
            {
                case NonNullTypeNode nonNull:
                    suffix.Insert(0, '!');
                    type = nonNull.Type;
                    continue;
                case ListTypeNode list:
                    suffix.Insert(0, ']');
                    prefix++;
                    type = list.Type;
                    continue;
                case NamedTypeNode named:
                    return new string('[', prefix) + named.Name.Value + suffix;
                default:
                    return suffix.ToString();
            }
        }
    }
}
