namespace Community.GraphQL.Types;

/// <summary>An object type.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type of values of this type, if it has one; lets abstract types resolve without a resolver.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>Tells whether a value is of this type, for abstract types without <c>ResolveType</c>.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}
