namespace Community.GraphQL.Types;

/// <summary>An interface type.</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a value; when null the engine tries each possible type's <c>IsTypeOf</c> and runtime type.</summary>
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; internal set; }
}
