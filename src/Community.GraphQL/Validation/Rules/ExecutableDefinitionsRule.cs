using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// A document sent for execution holds only operations and fragments.
/// https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Executable-Definitions";

    public static readonly ValidationRule Rule = new(nameof(ExecutableDefinitionsRule), SpecifiedBy, c => new ExecutableDefinitionsRule(c));

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode:
                    break;
                case SchemaDefinitionNode or SchemaExtensionNode:
                    Report(ValidationErrors.NonExecutableDefinition(null), definition);
                    break;
                case TypeDefinitionNode type:
                    Report(ValidationErrors.NonExecutableDefinition(type.Name.Value), definition);
                    break;
                case TypeExtensionNode extension:
                    Report(ValidationErrors.NonExecutableDefinition(extension.Name.Value), definition);
                    break;
                case DirectiveDefinitionNode directive:
                    Report(ValidationErrors.NonExecutableDefinition(directive.Name.Value), definition);
                    break;
            }
        }
    }
}
