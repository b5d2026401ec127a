using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// No two fragments of a document share a name.
/// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness";

    public static readonly ValidationRule Rule = new(nameof(UniqueFragmentNamesRule), SpecifiedBy, c => new UniqueFragmentNamesRule(c));

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
        {
            Report(ValidationErrors.DuplicateFragmentName(name.Value), first, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
