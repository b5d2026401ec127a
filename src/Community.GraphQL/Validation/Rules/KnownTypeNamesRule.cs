using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every type a variable definition or type condition names exists in the schema.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
internal sealed class KnownTypeNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence";

    public static readonly ValidationRule Rule = new(nameof(KnownTypeNamesRule), SpecifiedBy, c => new KnownTypeNamesRule(c));

    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is null)
        {
            var suggestions = SuggestionList.For(name, Context.Schema.Types.Select(type => type.Name));
            Report(ValidationErrors.UnknownType(name, suggestions), node);
        }
    }
}
