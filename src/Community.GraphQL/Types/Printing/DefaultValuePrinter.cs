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

    /// <summary>
    /// The default of an argument or input field as graphql-js prints it: the coerced value written
    /// back as a literal, so <c>[Int] = 3</c> reads <c>[3]</c>, an input object shows its fields'
    /// defaults, and an <c>ID</c> that looks like an integer is written as one. The literal as
    /// written serves when the coerced value cannot be written back. Null when there is no default.
    /// </summary>
    public static string? Print(InputValueDefinition value)
    {
        if (value.DefaultValue is not { } literal)
        {
            return null;
        }

        if (value.CoercedDefaultValue is null && literal is not NullValueNode)
        {
            // Not coerced (a definition built by hand, outside a schema build): print what was written.
            return Print(literal);
        }

        try
        {
            if (AstFromValue.Convert(value.CoercedDefaultValue, value.Type) is { } coerced)
            {
                return Print(coerced);
            }
        }
        catch (ScalarCoercionException)
        {
            // Written as given below.
        }

        return Print(literal);
    }

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
