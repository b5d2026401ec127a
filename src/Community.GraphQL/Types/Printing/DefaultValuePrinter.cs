using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Prints a default value as introspection's <c>defaultValue</c> and SDL show it: the literal as
/// the printer writes it, except that strings are always quoted strings, never block strings, so
/// a default reads the same however its SDL happened to spell it.
/// </summary>
internal static class DefaultValuePrinter
{
    public static string Print(ValueNode value) => Printer.Print(WithoutBlockStrings(value, 0));

    /// <summary>The value with block strings turned into quoted strings; the same node when it has none.</summary>
    private static ValueNode WithoutBlockStrings(ValueNode value, int depth)
    {
        if (depth > Printer.MaxDepth)
        {
            // The printer refuses trees this deep anyway; let it report the problem.
            return value;
        }

        switch (value)
        {
            case StringValueNode { Block: true } block:
                return new StringValueNode { Value = block.Value, Location = block.Location };
            case ListValueNode list:
                var items = list.Values.Select(v => WithoutBlockStrings(v, depth + 1)).ToArray();
                return items.SequenceEqual(list.Values) ? list : new ListValueNode { Values = items, Location = list.Location };
            case ObjectValueNode obj:
                var fields = obj.Fields.Select(f => WithoutBlockStrings(f, depth + 1)).ToArray();
                return fields.SequenceEqual(obj.Fields) ? obj : new ObjectValueNode { Fields = fields, Location = obj.Location };
            default:
                return value;
        }
    }

    private static ObjectFieldNode WithoutBlockStrings(ObjectFieldNode field, int depth)
    {
        var value = WithoutBlockStrings(field.Value, depth);
        return ReferenceEquals(value, field.Value) ? field : new ObjectFieldNode { Name = field.Name, Value = value, Location = field.Location };
    }
}
