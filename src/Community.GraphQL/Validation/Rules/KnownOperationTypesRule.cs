using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every operation is of a kind the schema has a root operation type for: a mutation needs a
/// mutation type, a subscription a subscription type (a schema always has a query type).
/// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
/// </summary>
internal sealed class KnownOperationTypesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Operation-Type-Existence";

    public static readonly ValidationRule Rule = new(nameof(KnownOperationTypesRule), SpecifiedBy, c => new KnownOperationTypesRule(c));

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        Types.ObjectType? rootType = node.Operation switch
        {
            OperationType.Mutation => Context.Schema.MutationType,
            OperationType.Subscription => Context.Schema.SubscriptionType,
            _ => Context.Schema.QueryType,
        };
        if (rootType is null)
        {
            Report(ValidationErrors.UnsupportedOperation(node.Operation), node);
        }
    }
}
