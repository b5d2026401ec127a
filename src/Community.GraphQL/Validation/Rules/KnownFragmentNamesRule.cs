using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment spread names a fragment defined in the document.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
/// </summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined";

    public static readonly ValidationRule Rule = new(nameof(KnownFragmentNamesRule), SpecifiedBy, c => new KnownFragmentNamesRule(c));

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
        {
            Report(ValidationErrors.UnknownFragment(node.Name.Value), node.Name);
        }
    }
}
