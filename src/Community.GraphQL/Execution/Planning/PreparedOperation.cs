using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Planning;

/// <summary>An operation ready to run: limits checked, variable types resolved, root fields collected. Shared by every request with the same document.</summary>
internal sealed class PreparedOperation
{
    private PreparedOperation(OperationDefinitionNode operation, GraphQLError? error, ObjectType? rootType, IReadOnlyList<VariableDefinitionPlan> variables, SelectionSetPlan? rootPlan)
    {
        Operation = operation;
        Error = error;
        RootType = rootType;
        Variables = variables;
        RootPlan = rootPlan;
    }

    public OperationDefinitionNode Operation { get; }

    /// <summary>Why the operation cannot run at all (a limit, or no root type for it); null when it can.</summary>
    public GraphQLError? Error { get; }

    public ObjectType? RootType { get; }

    public IReadOnlyList<VariableDefinitionPlan> Variables { get; }

    public SelectionSetPlan? RootPlan { get; }

    public static PreparedOperation Create(
        Schema schema,
        OperationDefinitionNode operation,
        Dictionary<string, FragmentDefinitionNode> fragments,
        ExecutorOptions options)
    {
        var limitError = OperationLimits.Check(operation, fragments, options);
        if (limitError is not null)
        {
            return new PreparedOperation(operation, limitError, null, [], null);
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var error = GraphQLError.Coded(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                ErrorCodes.OperationNotFound,
                operation.Location.IsNone ? null : [new SourceLocation(operation.Location.Line, operation.Location.Column)]);
            return new PreparedOperation(operation, error, null, [], null);
        }

        var planner = new OperationPlanner(schema, fragments);
        var rootPlan = planner.CollectRoot(rootType, operation.SelectionSet);
        return new PreparedOperation(operation, null, rootType, VariableDefinitionPlan.Create(schema, operation), rootPlan);
    }
}
