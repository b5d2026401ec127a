using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Variables are declared with input types only (scalars, enums, input objects).
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types";

    public static readonly ValidationRule Rule = new(nameof(VariablesAreInputTypesRule), SpecifiedBy, c => new VariablesAreInputTypesRule(c));

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeFromAst.Resolve(Context.Schema, node.Type) is { } type && !type.IsInputType())
        {
            Report(ValidationErrors.NonInputTypeOnVariable(node.Variable.Name.Value, Printer.Print(node.Type)), node.Type);
        }
    }
}
