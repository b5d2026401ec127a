using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment spread names a fragment defined in the document.
/// https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined
/// </summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined";

    public static readonly ValidationRule Rule = new(nameof(KnownFragmentNamesRule), SpecifiedBy, c => new KnownFragmentNamesRule(c));

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
        {
            Report(ValidationErrors.UnknownFragment(node.Name.Value), node.Name);
        }
    }
}
