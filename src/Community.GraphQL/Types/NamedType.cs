using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IGraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; }

    public abstract TypeKind Kind { get; }

    /// <summary>Directives applied to the type in its definition (printed in SDL).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The SDL definition the type was built from, with its extensions, if any.</summary>
    public IReadOnlyList<SyntaxNode> SyntaxNodes { get; init; } = [];

    /// <summary>Free-form metadata for layers above the engine (cost, paging, authorization...).</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>();

    public override string ToString() => Name;
}
