using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Configures a union type in code.</summary>
public sealed class UnionTypeDescriptor : IDefinitionSource
{
    private readonly string _name;
    private readonly List<string> _types = [];
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;
    private Func<object, IResolverContext, ObjectType?>? _resolveType;

    internal UnionTypeDescriptor(string name) => _name = name;

    public UnionTypeDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds member object types by name.</summary>
    public UnionTypeDescriptor Types(params string[] types)
    {
        _types.AddRange(types);
        return this;
    }

    /// <summary>Picks the object type of a value; without it, members' runtime types and <c>IsTypeOf</c> decide.</summary>
    public UnionTypeDescriptor ResolveType(Func<object, IResolverContext, ObjectType?> resolveType)
    {
        _resolveType = resolveType;
        return this;
    }

    public UnionTypeDescriptor Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return this;
    }

    DefinitionNode IDefinitionSource.CreateDefinition(DefinitionContext context)
    {
        if (_resolveType is not null)
        {
            context.Bindings.TypeResolvers[_name] = _resolveType;
        }

        return new UnionTypeDefinitionNode
        {
            Name = Syntax.Name(_name),
            Description = Syntax.Description(_description),
            Types = _types.Select(t => new NamedTypeNode { Name = Syntax.Name(t) }).ToArray(),
            Directives = _directives.ToArray(),
        };
    }
}
