using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Fields of scalar or enum type have no selection set; fields of composite type have one.
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections";

    public static readonly ValidationRule Rule = new(nameof(ScalarLeafsRule), SpecifiedBy, c => new ScalarLeafsRule(c));

    public override void EnterField(FieldNode node)
    {
        if (Context.Type is not { } type)
        {
            return;
        }

        if (type.NamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Report(ValidationErrors.NoSubselectionAllowed(node.Name.Value, type), selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            Report(ValidationErrors.RequiredSubselection(node.Name.Value, type), node);
        }
    }
}
