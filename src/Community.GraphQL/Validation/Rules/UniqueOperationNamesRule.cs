using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// No two operations of a document share a name.
/// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
/// </summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness";

    public static readonly ValidationRule Rule = new(nameof(UniqueOperationNamesRule), SpecifiedBy, c => new UniqueOperationNamesRule(c));

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var first))
        {
            Report(ValidationErrors.DuplicateOperationName(name.Value), first, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
