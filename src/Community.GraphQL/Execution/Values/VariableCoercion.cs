using Community.GraphQL.Language;

namespace Community.GraphQL.Execution.Values;

/// <summary>
/// CoerceVariableValues (specification 6.1.2): checks each provided value against its variable's
/// declared type, applies defaults, and reports every problem with graphql-js 17's wording, the
/// code <see cref="ErrorCodes.InvalidVariable"/> and the location of the variable definition.
/// </summary>
internal static class VariableCoercion
{
    /// <summary>Like graphql-js, stop collecting after this many errors.</summary>
    public const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<VariableDefinitionPlan> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxVariables,
        int maxDepth,
        out IReadOnlyList<GraphQLError>? errors)
    {
        errors = null;
        if (definitions.Count == 0)
        {
            return Empty;
        }

        inputs ??= Empty;
        if (inputs.Count > maxVariables || definitions.Count > maxVariables)
        {
            errors = [GraphQLError.Coded($"The request has more than {maxVariables} variables.", ErrorCodes.InvalidVariable)];
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var found = new List<GraphQLError>();
        var aborted = false;
        bool LimitReached()
        {
            if (!aborted && found.Count >= MaxErrors)
            {
                found.Add(GraphQLError.Coded("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.InvalidVariable));
                aborted = true;
            }

            return aborted;
        }

        foreach (var definition in definitions)
        {
            if (LimitReached())
            {
                break;
            }

            var name = definition.Name;
            var locations = Locate(definition.Node);
            var type = definition.Type;
            if (type is null)
            {
                found.Add(GraphQLError.Coded(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Node.Type)}\" which cannot be used as an input type.",
                    ErrorCodes.InvalidVariable,
                    locations));
                continue;
            }

            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.HasDefault)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type is Types.NonNullType)
                {
                    found.Add(GraphQLError.Coded($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", ErrorCodes.InvalidVariable, locations));
                }

                continue;
            }

            value = JsonElementValue.Normalize(value);
            if (value is null && type is Types.NonNullType)
            {
                found.Add(GraphQLError.Coded($"Variable \"${name}\" has invalid value: Expected value of non-null type \"{type}\" not to be null.", ErrorCodes.InvalidVariable, locations));
                continue;
            }

            var result = InputCoercion.Coerce(value, type, (path, invalidValue, message) =>
            {
                if (LimitReached())
                {
                    return;
                }

                var at = path is null ? string.Empty : " at " + InputPath.Print(path);
                found.Add(GraphQLError.Coded($"Variable \"${name}\" has invalid value{at}: {message}", ErrorCodes.InvalidVariable, locations));
            }, maxDepth);

            if (!ReferenceEquals(result, InputCoercion.Invalid))
            {
                coerced[name] = result;
            }
        }

        if (found.Count > 0)
        {
            errors = found;
        }

        return coerced;
    }

    private static IReadOnlyList<SourceLocation>? Locate(SyntaxNode node)
        => node.Location.IsNone ? null : [new SourceLocation(node.Location.Line, node.Location.Column)];
}
