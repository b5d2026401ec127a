using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// An operation without a name is the only operation of its document.
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation";

    public static readonly ValidationRule Rule = new(nameof(LoneAnonymousOperationRule), SpecifiedBy, c => new LoneAnonymousOperationRule(c));

    private int _operationCount;

    public override void EnterDocument(DocumentNode node) => _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            Report(ValidationErrors.AnonymousOperationNotAlone(), node);
        }
    }
}
