using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation uses, also inside the fragments it spreads, is defined by that operation.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined";

    public static readonly ValidationRule Rule = new(nameof(NoUndefinedVariablesRule), SpecifiedBy, c => new NoUndefinedVariablesRule(c));

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var defined = new HashSet<string>(node.VariableDefinitions.Select(v => v.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Report(ValidationErrors.UndefinedVariable(name, node.Name?.Value), usage.Node, node);
            }
        }
    }
}
