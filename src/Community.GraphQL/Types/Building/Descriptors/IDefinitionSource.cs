using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>A code-first type or directive, turned into its definition node when the schema is built.</summary>
internal interface IDefinitionSource
{
    DefinitionNode CreateDefinition(DefinitionContext context);
}
