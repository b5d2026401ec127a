using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Coerces a constant literal (a default value in the schema) to its internal value, by the
/// specification's input coercion rules: scalars through <see cref="ScalarType.ParseLiteral"/>,
/// enums to their internal values, input objects to their <c>CreateValue</c> (or a dictionary,
/// with defaults of missing fields filled in), a single item to a one-item list. Failures throw
/// <see cref="ValueCoercionException"/>. Nesting is bounded, so a literal or a cycle of input
/// defaults cannot overflow the stack.
/// </summary>
internal static class ConstValueCoercer
{
    private const int MaxDepth = 64;

    public static object? Coerce(ValueNode literal, IGraphQLType type) => Coerce(literal, type, 0);

    private static object? Coerce(ValueNode literal, IGraphQLType type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ValueCoercionException($"Value is nested more than {MaxDepth} levels deep.");
        }

        if (literal is VariableNode variable)
        {
            throw new ValueCoercionException($"Expected a constant value, found variable \"${variable.Name.Value}\".");
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                throw new ValueCoercionException($"Expected value of non-null type \"{type}\" not to be null.");
            }

            return Coerce(literal, nonNull.OfType, depth + 1);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var result = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        result.Add(Coerce(item, list.OfType, depth + 1));
                    }

                    return result;
                }

                return new List<object?> { Coerce(literal, list.OfType, depth + 1) };
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(literal);
                }
                catch (ScalarCoercionException e)
                {
                    throw new ValueCoercionException(e.Message);
                }

            case EnumType enumType:
                if (literal is not EnumValueNode enumValue)
                {
                    throw new ValueCoercionException($"Enum \"{enumType.Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
                }

                return enumType.GetValue(enumValue.Value)?.Value
                    ?? throw new ValueCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum.");
            case InputObjectType inputType:
                return CoerceInputObject(literal, inputType, depth);
            default:
                throw new ValueCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    private static object CoerceInputObject(ValueNode literal, InputObjectType type, int depth)
    {
        if (literal is not ObjectValueNode obj)
        {
            throw new ValueCoercionException($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(literal)}.");
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (type.GetField(field.Name.Value) is null)
            {
                throw new ValueCoercionException($"Expected value of type \"{type.Name}\" not to include unknown field \"{field.Name.Value}\", found: {Printer.Print(literal)}.");
            }

            if (!given.TryAdd(field.Name.Value, field.Value))
            {
                throw new ValueCoercionException($"There can be only one input field named \"{field.Name.Value}\".");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var value))
            {
                result[field.Name] = Coerce(value, field.Type, depth + 1);
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = Coerce(field.DefaultValue, field.Type, depth + 1);
            }
            else if (field.Type is NonNullType)
            {
                throw new ValueCoercionException($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.");
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                throw new ValueCoercionException($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.");
            }

            var (name, single) = result.First();
            if (single is null)
            {
                throw new ValueCoercionException($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.");
            }
        }

        return type.CreateValue is { } create ? create(result) : result;
    }
}
