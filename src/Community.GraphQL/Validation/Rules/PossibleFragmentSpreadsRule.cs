using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// A fragment is spread only where an object could be of both the enclosing type and the fragment's type.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible";

    public static readonly ValidationRule Rule = new(nameof(PossibleFragmentSpreadsRule), SpecifiedBy, c => new PossibleFragmentSpreadsRule(c));

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.Type is NamedType fragmentType && fragmentType.IsCompositeType()
            && Context.ParentType is { } parentType && parentType.IsCompositeType()
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Report(ValidationErrors.ImpossibleInlineFragmentSpread(parentType.Name, fragmentType.Name), node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (Context.GetFragment(name) is { } fragment
            && TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) is { } fragmentType && fragmentType.IsCompositeType()
            && Context.ParentType is { } parentType
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Report(ValidationErrors.ImpossibleFragmentSpread(name, parentType.Name, fragmentType.Name), node);
        }
    }
}
