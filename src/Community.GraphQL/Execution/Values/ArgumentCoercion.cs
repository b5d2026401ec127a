using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>
/// CoerceArgumentValues (specification 6.4.1): the arguments of a field or directive from its
/// literals and the request's variables, with defaults. A failure is a
/// <see cref="GraphQLException"/> (code <see cref="ErrorCodes.InvalidArgument"/>) that the
/// executor turns into a field error.
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode errorNode)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = DefaultValues.Get(definition);
                }
                else if (type is NonNullType)
                {
                    throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", errorNode);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = DefaultValues.Get(definition);
                    }
                    else if (type is NonNullType)
                    {
                        throw Error(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            var value = LiteralCoercion.ValueFromLiteral(valueNode, type, variables);
            if (ReferenceEquals(value, LiteralCoercion.Invalid))
            {
                throw Error($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static GraphQLException Error(string message, SyntaxNode node)
        => new(GraphQLError.Coded(
            message,
            ErrorCodes.InvalidArgument,
            node.Location.IsNone ? null : [new SourceLocation(node.Location.Line, node.Location.Column)]));
}
