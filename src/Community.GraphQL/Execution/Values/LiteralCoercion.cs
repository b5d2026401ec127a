using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>
/// valueFromAST: the internal value of a literal (which may contain variables) for an input
/// type, or <see cref="Invalid"/> when the literal does not fit the type. Validation has
/// reported the reasons already; execution only needs to know that it failed.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>Literal nesting beyond this is refused (the parser stops far earlier).</summary>
    public const int MaxDepth = 128;

    public static readonly object Invalid = InputCoercion.Invalid;

    public static object? ValueFromLiteral(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables)
        => ValueFromLiteral(node, type, variables, 0);

    private static object? ValueFromLiteral(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, int depth)
    {
        if (depth > MaxDepth)
        {
            return Invalid;
        }

        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return Invalid;
            }

            // Variables were coerced against their own declared type already.
            return variableValue is null && type is NonNullType ? Invalid : variableValue;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Invalid : ValueFromLiteral(node, nonNull.OfType, variables, depth);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var item in listNode.Values)
                    {
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return Invalid;
                            }

                            items.Add(null);
                            continue;
                        }

                        var coerced = ValueFromLiteral(item, list.OfType, variables, depth + 1);
                        if (ReferenceEquals(coerced, Invalid))
                        {
                            return Invalid;
                        }

                        items.Add(coerced);
                    }

                    return items;
                }

                var single = ValueFromLiteral(node, list.OfType, variables, depth + 1);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };

            case InputObjectType inputObject:
                return InputObjectFromLiteral(node, inputObject, variables, depth);

            case EnumType enumType:
                return node is EnumValueNode enumValue && enumType.GetValue(enumValue.Value) is { } definition ? definition.Value : Invalid;

            case ScalarType scalar:
                try
                {
                    // A custom scalar's literal may hold variables ({a: $v}); graphql-js substitutes them.
                    return scalar is PassThroughScalarType passThrough && ContainsVariables(node)
                        ? passThrough.ParseLiteral(node, variables)
                        : scalar.ParseLiteral(node);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    return Invalid;
                }

            default:
                return Invalid;
        }
    }

    private static object? InputObjectFromLiteral(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, int depth)
    {
        if (node is not ObjectValueNode objectNode)
        {
            return Invalid;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = DefaultValues.Get(field);
                }
                else if (field.Type is NonNullType)
                {
                    return Invalid;
                }

                continue;
            }

            var value = ValueFromLiteral(fieldNode.Value, field.Type, variables, depth + 1);
            if (ReferenceEquals(value, Invalid))
            {
                return Invalid;
            }

            coerced[field.Name] = value;
        }

        foreach (var fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return Invalid;
            }
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.First().Value is null))
        {
            return Invalid;
        }

        try
        {
            return InputCoercion.Finish(type, coerced);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Invalid;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    /// <summary>True when the literal mentions a variable anywhere (checked without recursion).</summary>
    public static bool ContainsVariables(ValueNode node)
    {
        var stack = new Stack<ValueNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case VariableNode:
                    return true;
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        stack.Push(item);
                    }

                    break;
                case ObjectValueNode obj:
                    foreach (var field in obj.Fields)
                    {
                        stack.Push(field.Value);
                    }

                    break;
            }
        }

        return false;
    }
}
