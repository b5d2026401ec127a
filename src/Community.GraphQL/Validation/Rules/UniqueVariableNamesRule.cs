using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// No two variables of an operation share a name.
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Variable-Uniqueness";

    public static readonly ValidationRule Rule = new(nameof(UniqueVariableNamesRule), SpecifiedBy, c => new UniqueVariableNamesRule(c));

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                Report(ValidationErrors.DuplicateVariable(group.Key), group.Select(v => v.Variable.Name));
            }
        }
    }
}
