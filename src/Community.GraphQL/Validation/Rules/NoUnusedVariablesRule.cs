using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation defines is used by it, directly or inside the fragments it spreads.
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-All-Variables-Used";

    public static readonly ValidationRule Rule = new(nameof(NoUnusedVariablesRule), SpecifiedBy, c => new NoUnusedVariablesRule(c));

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var used = new HashSet<string>(Context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Report(ValidationErrors.UnusedVariable(name, node.Name?.Value), definition);
            }
        }
    }
}
