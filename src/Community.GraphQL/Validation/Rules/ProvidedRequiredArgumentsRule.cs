using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every non-null argument without a default is given, on fields and on directives.
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Required-Arguments";

    public static readonly ValidationRule Rule = new(nameof(ProvidedRequiredArgumentsRule), SpecifiedBy, c => new ProvidedRequiredArgumentsRule(c));

    public override void LeaveField(FieldNode node)
    {
        if (Context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (IsRequired(argument) && !IsGiven(node.Arguments, argument.Name))
            {
                var coordinate = field.ArgumentCoordinate(argument.Name);
                ReportAbout(coordinate, ValidationErrors.MissingArgument(coordinate, argument.Type), node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        if (Context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (IsRequired(argument) && !IsGiven(node.Arguments, argument.Name))
            {
                var coordinate = SchemaCoordinate.ForDirectiveArgument(directive.Name, argument.Name).ToString();
                ReportAbout(coordinate, ValidationErrors.MissingArgument(coordinate, argument.Type), node);
            }
        }
    }

    private static bool IsRequired(ArgumentDefinition argument) => argument.Type.IsNonNull() && !argument.HasDefaultValue;

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
