using System.Collections;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Cost;

/// <summary>
/// What an argument's value adds to the field cost: the weight of every input field it gives,
/// at any depth (an input field weighs 1 when its type is an input object, 0 otherwise, unless it
/// has a <c>@cost</c>). A literal is read as written; a variable is read from the request's raw
/// variable values, so a filter passed as a variable costs what it costs written inline. The walk
/// is iterative; the parser and variable coercion have already bounded the nesting.
/// </summary>
internal static class InputValueCost
{
    public static double Of(IGraphQLType type, ValueNode value, IReadOnlyDictionary<string, object?>? rawVariables)
    {
        var cost = 0.0;
        var stack = new Stack<(IGraphQLType Type, object? Value)>();
        stack.Push((type, value));
        while (stack.Count > 0)
        {
            var (currentType, current) = stack.Pop();
            if (current is VariableNode variable)
            {
                current = rawVariables is not null && rawVariables.TryGetValue(variable.Name.Value, out var raw) ? raw : null;
            }

            current = JsonElementValue.Normalize(current);
            if (current is null or NullValueNode)
            {
                continue;
            }

            var nullable = currentType.Nullable();
            if (nullable is ListType list)
            {
                foreach (var item in Items(current))
                {
                    stack.Push((list.OfType, item));
                }

                continue;
            }

            if (nullable is not InputObjectType inputObject)
            {
                continue;
            }

            foreach (var (name, fieldValue) in Fields(current))
            {
                if (inputObject.GetField(name) is { } field)
                {
                    cost += CostWeights.OfInputValue(field);
                    stack.Push((field.Type, fieldValue));
                }
            }
        }

        return cost;
    }

    // Input coercion accepts a single value where a list is expected.
    private static IEnumerable<object?> Items(object value) => value switch
    {
        ListValueNode list => list.Values,
        IEnumerable items and not string and not IDictionary and not IEnumerable<KeyValuePair<string, object?>> => items.Cast<object?>(),
        _ => [value],
    };

    private static IEnumerable<(string Name, object? Value)> Fields(object value) => value switch
    {
        ObjectValueNode node => node.Fields.Select(f => (f.Name.Value, (object?)f.Value)),
        IEnumerable<KeyValuePair<string, object?>> map => map.Select(p => (p.Key, p.Value)),
        _ => [],
    };
}
