namespace Community.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    /// <summary>Picks the object type of a value; when null the engine tries each member's <c>IsTypeOf</c> and runtime type.</summary>
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; internal set; }

    internal void Define(IEnumerable<ObjectType> types) => Types = types.ToArray();
}
