using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>
/// Why an argument's literal, with the request's variables in it, does not fit the argument's
/// type: the first problem and where in the value it is, worded as graphql-js 17's
/// validateInputLiteral words it. Only asked once <see cref="LiteralCoercion"/> refused the
/// literal, so it never runs on the hot path. Recursion follows the literal, which the parser
/// bounds; <see cref="MaxDepth"/> stops a tree built in code.
/// </summary>
internal static class LiteralProblem
{
    public const int MaxDepth = 500;

    /// <summary>The first problem of <paramref name="literal"/> as a value of <paramref name="type"/>, or null when none is found.</summary>
    public static (InputPath? Path, string Message, SyntaxNode Node)? Find(ValueNode literal, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables)
        => Find(literal, type, variables, null, 0);

    private static (InputPath? Path, string Message, SyntaxNode Node)? Find(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, InputPath? path, int depth)
    {
        if (depth > MaxDepth)
        {
            return (path, $"Value is nested more than {MaxDepth} levels deep.", node);
        }

        if (node is VariableNode variable)
        {
            if (type is not NonNullType)
            {
                return null;
            }

            var name = variable.Name.Value;
            if (variables is null || !variables.TryGetValue(name, out var value))
            {
                return (path, $"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", node);
            }

            return value is null ? (path, $"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", node) : null;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode
                ? (path, $"Expected value of non-null type \"{type}\" not to be null.", node)
                : Find(node, nonNull.OfType, variables, path, depth);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode items:
                for (var i = 0; i < items.Values.Count; i++)
                {
                    if (Find(items.Values[i], list.OfType, variables, InputPath.Append(path, i), depth + 1) is { } itemProblem)
                    {
                        return itemProblem;
                    }
                }

                return null;
            case ListType list:
                return Find(node, list.OfType, variables, path, depth + 1);
            case InputObjectType inputObject:
                return FindInObject(node, inputObject, variables, path, depth);
            default:
                return FindInLeaf(node, type, path);
        }
    }

    private static (InputPath? Path, string Message, SyntaxNode Node)? FindInObject(
        ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, InputPath? path, int depth)
    {
        if (node is not ObjectValueNode obj)
        {
            return (path, $"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(node)}.", node);
        }

        foreach (var field in type.Fields)
        {
            var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            var required = field.Type is NonNullType && !field.HasDefaultValue;
            if (given is null)
            {
                if (required)
                {
                    return (path, $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(obj)}.", obj);
                }

                continue;
            }

            if (given.Value is VariableNode variable)
            {
                object? value = null;
                var provided = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
                if (type.IsOneOf && !provided)
                {
                    return (path, $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" to provide a runtime value.", obj);
                }

                if (type.IsOneOf && value is null)
                {
                    return (path, $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" not to be null.", obj);
                }

                if (!provided && !required)
                {
                    continue;
                }
            }

            if (Find(given.Value, field.Type, variables, InputPath.Append(path, field.Name), depth + 1) is { } fieldProblem)
            {
                return fieldProblem;
            }
        }

        var known = 0;
        foreach (var given in obj.Fields)
        {
            if (type.GetField(given.Name.Value) is null)
            {
                var suggestion = Suggestions.DidYouMean(given.Name.Value, type.Fields.Select(f => f.Name));
                var found = suggestion.Length == 0 ? ", found" : "." + suggestion + " Found";
                return (path, $"Expected value of type \"{type.Name}\" not to include unknown field \"{given.Name.Value}\"{found}: {Printer.Print(obj)}.", given);
            }

            known++;
        }

        if (type.IsOneOf && known != 1)
        {
            return (path, InputCoercion.OneOfMessage(type), obj);
        }

        if (type.IsOneOf && obj.Fields[0].Value is NullValueNode)
        {
            return (InputPath.Append(path, obj.Fields[0].Name.Value), InputCoercion.OneOfMessage(type), obj);
        }

        return null;
    }

    /// <summary>A scalar or enum literal: the constant coercer's reason; literals holding variables are left to the scalar.</summary>
    private static (InputPath? Path, string Message, SyntaxNode Node)? FindInLeaf(ValueNode node, IGraphQLType type, InputPath? path)
    {
        if (HoldsVariable(node, 0))
        {
            return null;
        }

        try
        {
            ConstValueCoercer.Coerce(node, type);
            return null;
        }
        catch (ValueCoercionException exception)
        {
            return (path, exception.Message, node);
        }
    }

    private static bool HoldsVariable(ValueNode node, int depth) => depth <= MaxDepth && node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(item => HoldsVariable(item, depth + 1)),
        ObjectValueNode obj => obj.Fields.Any(field => HoldsVariable(field.Value, depth + 1)),
        _ => false,
    };
}
