using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>
/// CoerceArgumentValues (specification 6.4.1): the arguments of a field from its literals and the
/// request's variables, with defaults. A failure is a <see cref="GraphQLException"/> (code
/// <see cref="ErrorCodes.InvalidArgument"/>, the argument's schema coordinate in
/// <c>extensions.coordinate</c>) that the executor turns into a field error; its message names the
/// argument by coordinate, as graphql-js 17 does.
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldDefinition field,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode errorNode)
    {
        var definitions = field.Arguments;
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var coordinate = field.ArgumentCoordinate(name);
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
                    throw Error($"Argument \"{coordinate}\" of required type \"{type}\" was not provided.", coordinate, errorNode);
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
                            $"Argument \"{coordinate}\" has invalid value: Expected variable \"${variableName}\" provided to type \"{type}\" to provide a runtime value.",
                            coordinate,
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                var reason = valueNode is VariableNode nullVariable
                    ? $"Expected variable \"${nullVariable.Name.Value}\" provided to non-null type \"{type}\" not to be null."
                    : $"Expected value of non-null type \"{type}\" not to be null.";
                throw Error($"Argument \"{coordinate}\" has invalid value: {reason}", coordinate, valueNode);
            }

            var value = LiteralCoercion.ValueFromLiteral(valueNode, type, variables);
            if (ReferenceEquals(value, LiteralCoercion.Invalid))
            {
                var (at, reason, offending) = LiteralProblem.Find(valueNode, type, variables)
                    ?? (null, $"Expected value of type \"{type}\", found: {Printer.Print(valueNode)}.", valueNode);
                var where = at is null ? string.Empty : " at " + InputPath.Print(at);
                throw Error($"Argument \"{coordinate}\" has invalid value{where}: {reason}", coordinate, offending);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static GraphQLException Error(string message, string coordinate, SyntaxNode node)
        => new(GraphQLError.Coded(
            message,
            ErrorCodes.InvalidArgument,
            node.Location.IsNone ? null : [new SourceLocation(node.Location.Line, node.Location.Column)])
            .WithExtension("coordinate", coordinate));
}
