using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every directive used is defined by the schema and allowed where it stands.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations
/// </summary>
internal sealed class KnownDirectivesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Directives-Are-Defined";

    public const string LocationsSpecifiedBy = "https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations";

    public static readonly ValidationRule Rule = new(nameof(KnownDirectivesRule), SpecifiedBy, c => new KnownDirectivesRule(c));

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetDirective(name) is not { } directive)
        {
            Report(ValidationErrors.UnknownDirective(name), node);
            return;
        }

        if (LocationOf(owner) is { } location && !directive.Locations.Contains(location))
        {
            ReportFor(LocationsSpecifiedBy, ValidationErrors.MisplacedDirective(name, LocationName(location)), node);
        }
    }

    private static DirectiveLocation? LocationOf(SyntaxNode owner) => owner switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };

    /// <summary>The location as the specification spells it (<c>FRAGMENT_SPREAD</c>).</summary>
    private static string LocationName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        _ => location.ToString(),
    };
}
