using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>What a code-first descriptor needs to turn itself into a definition at build time.</summary>
internal sealed class DefinitionContext
{
    public DefinitionContext(ClrTypeMapper mapper, SchemaBindings bindings, List<string> errors)
    {
        Mapper = mapper;
        Bindings = bindings;
        Errors = errors;
    }

    public ClrTypeMapper Mapper { get; }

    public SchemaBindings Bindings { get; }

    public List<string> Errors { get; }

    /// <summary>Types that fields declared they need; added unless a type of the same name exists.</summary>
    public List<TypeDefinitionNode> Dependencies { get; } = [];
}
