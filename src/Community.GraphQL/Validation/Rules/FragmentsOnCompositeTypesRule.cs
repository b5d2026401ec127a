using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Fragments condition only on object, interface or union types.
/// https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types
/// </summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types";

    public static readonly ValidationRule Rule = new(nameof(FragmentsOnCompositeTypesRule), SpecifiedBy, c => new FragmentsOnCompositeTypesRule(c));

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition
            && TypeFromAst.Resolve(Context.Schema, condition) is { } type
            && !type.IsCompositeType())
        {
            Report(ValidationErrors.InlineFragmentOnNonCompositeType(Printer.Print(condition)), condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (TypeFromAst.Resolve(Context.Schema, node.TypeCondition) is { } type && !type.IsCompositeType())
        {
            Report(ValidationErrors.FragmentOnNonCompositeType(node.Name.Value, Printer.Print(node.TypeCondition)), node.TypeCondition);
        }
    }
}
