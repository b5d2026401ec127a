using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Configures an interface type in code.</summary>
public sealed class InterfaceTypeDescriptor : ComplexTypeDescriptor<InterfaceTypeDescriptor>, IDefinitionSource
{
    private Func<object, IResolverContext, ObjectType?>? _resolveType;

    internal InterfaceTypeDescriptor(string name)
        : base(name)
    {
    }

    /// <summary>Picks the object type of a value; without it, object types' runtime types and <c>IsTypeOf</c> decide.</summary>
    public InterfaceTypeDescriptor ResolveType(Func<object, IResolverContext, ObjectType?> resolveType)
    {
        _resolveType = resolveType;
        return this;
    }

    DefinitionNode IDefinitionSource.CreateDefinition(DefinitionContext context)
    {
        if (_resolveType is not null)
        {
            context.Bindings.TypeResolvers[Name] = _resolveType;
        }

        return new InterfaceTypeDefinitionNode
        {
            Name = Syntax.Name(Name),
            Description = DescriptionNode,
            Interfaces = InterfaceNodes,
            Directives = DirectiveNodes,
            Fields = CreateFields(context),
        };
    }
}
