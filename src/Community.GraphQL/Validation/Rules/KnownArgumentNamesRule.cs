using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every argument given to a field or directive is defined by that field or directive.
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Argument-Names";

    public static readonly ValidationRule Rule = new(nameof(KnownArgumentNamesRule), SpecifiedBy, c => new KnownArgumentNamesRule(c));

    private bool _inDirective;

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner)
    {
        _inDirective = true;
        if (Context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (directive.GetArgument(name) is null)
            {
                var suggestions = SuggestionList.For(name, directive.Arguments.Select(a => a.Name));
                ReportAbout(SchemaCoordinate.ForDirective(directive.Name).ToString(), ValidationErrors.UnknownDirectiveArgument(name, directive.Name, suggestions), argument);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node) => _inDirective = false;

    public override void EnterArgument(ArgumentNode node)
    {
        if (_inDirective || Context.Argument is not null
            || Context.FieldDefinition is not { } field)
        {
            return;
        }

        var name = node.Name.Value;
        var suggestions = SuggestionList.For(name, field.Arguments.Select(a => a.Name));
        ReportAbout(field.Coordinate, ValidationErrors.UnknownArgument(name, field.Coordinate, suggestions), node);
    }
}
