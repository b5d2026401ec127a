using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>A variable definition with its schema type and default resolved once per cached operation.</summary>
internal sealed class VariableDefinitionPlan
{
    private VariableDefinitionPlan(VariableDefinitionNode node, IGraphQLType? type, bool hasDefault, object? defaultValue)
    {
        Node = node;
        Type = type;
        HasDefault = hasDefault;
        DefaultValue = defaultValue;
    }

    public VariableDefinitionNode Node { get; }

    public string Name => Node.Variable.Name.Value;

    /// <summary>The input type, or null when the definition names an unknown or non-input type.</summary>
    public IGraphQLType? Type { get; }

    public bool HasDefault { get; }

    public object? DefaultValue { get; }

    public static IReadOnlyList<VariableDefinitionPlan> Create(Schema schema, OperationDefinitionNode operation)
    {
        var plans = new VariableDefinitionPlan[operation.VariableDefinitions.Count];
        for (var i = 0; i < plans.Length; i++)
        {
            var node = operation.VariableDefinitions[i];
            var type = TypeFromAst.Resolve(schema, node.Type);
            if (type is not null && !type.IsInputType())
            {
                type = null;
            }

            var hasDefault = false;
            object? defaultValue = null;
            if (type is not null && node.DefaultValue is not null)
            {
                defaultValue = LiteralCoercion.ValueFromLiteral(node.DefaultValue, type, null);
                hasDefault = !ReferenceEquals(defaultValue, LiteralCoercion.Invalid);
                if (!hasDefault)
                {
                    defaultValue = null;
                }
            }

            plans[i] = new VariableDefinitionPlan(node, type, hasDefault, defaultValue);
        }

        return plans;
    }
}
