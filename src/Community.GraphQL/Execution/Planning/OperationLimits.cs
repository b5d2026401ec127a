using Community.GraphQL.Language;

namespace Community.GraphQL.Execution.Planning;

/// <summary>
/// Checks an operation against the execution limits before anything runs: field nesting depth
/// (fragments included; introspection subtrees excepted, their depth has its own validation rule),
/// the number of fields and aliases with fragments expanded, and introspection when disabled.
/// The walk is iterative and has a work budget, so fragment fan-out cannot make it explode.
/// </summary>
internal static class OperationLimits
{
    public static GraphQLError? Check(
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        ExecutorOptions options)
    {
        var fieldCount = 0;
        var visited = 0;
        var budget = Math.Max(options.MaxFieldsPerOperation, 100) * 10;
        var stack = new Stack<(SelectionNode Selection, int Depth, bool InIntrospection, FragmentPath? Fragments)>();
        Push(stack, operation.SelectionSet, 0, false, null);
        while (stack.Count > 0)
        {
            var (selection, depth, inIntrospection, chain) = stack.Pop();
            if (++visited > budget)
            {
                return Error($"The operation is too large to execute: its fragments expand to more than {budget} selections.", ErrorCodes.DocumentTooLarge, selection);
            }

            switch (selection)
            {
                case FieldNode field:
                    if (++fieldCount > options.MaxFieldsPerOperation)
                    {
                        return Error(
                            $"The operation selects more than {options.MaxFieldsPerOperation} fields and aliases, the maximum allowed.",
                            ErrorCodes.DocumentTooLarge,
                            field);
                    }

                    var name = field.Name.Value;
                    var isIntrospection = name is "__schema" or "__type";
                    if (isIntrospection && !options.AllowIntrospection)
                    {
                        return Error("Introspection is not allowed for the current request.", ErrorCodes.IntrospectionDisabled, field);
                    }

                    var fieldDepth = inIntrospection ? depth : depth + 1;
                    if (fieldDepth > options.MaxExecutionDepth)
                    {
                        return Error(
                            $"The operation exceeds the maximum allowed execution depth of {options.MaxExecutionDepth}.",
                            ErrorCodes.MaxDepthExceeded,
                            field);
                    }

                    if (field.SelectionSet is { } selectionSet)
                    {
                        Push(stack, selectionSet, fieldDepth, inIntrospection || isIntrospection, chain);
                    }

                    break;
                case InlineFragmentNode inline:
                    Push(stack, inline.SelectionSet, depth, inIntrospection, chain);
                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    if (!FragmentPath.Contains(chain, fragmentName) && fragments.TryGetValue(fragmentName, out var fragment))
                    {
                        Push(stack, fragment.SelectionSet, depth, inIntrospection, new FragmentPath(fragmentName, chain));
                    }

                    break;
            }
        }

        return null;
    }

    private static void Push(
        Stack<(SelectionNode, int, bool, FragmentPath?)> stack,
        SelectionSetNode selectionSet,
        int depth,
        bool inIntrospection,
        FragmentPath? chain)
    {
        for (var i = selectionSet.Selections.Count - 1; i >= 0; i--)
        {
            stack.Push((selectionSet.Selections[i], depth, inIntrospection, chain));
        }
    }

    private static GraphQLError Error(string message, string code, SyntaxNode node)
        => GraphQLError.Coded(message, code, node.Location.IsNone ? null : [new SourceLocation(node.Location.Line, node.Location.Column)]);
}
