namespace Community.GraphQL.Types;

/// <summary>Sets bound behaviour on freshly created types, keeping the assembler's type switch short.</summary>
internal static class TypeBindingExtensions
{
    public static ObjectType Bind(this ObjectType type, Type? runtimeType, Func<object, bool>? isTypeOf)
    {
        type.RuntimeType = runtimeType;
        type.IsTypeOf = isTypeOf;
        return type;
    }

    public static InterfaceType Bind(this InterfaceType type, Func<object, IResolverContext, ObjectType?>? resolveType)
    {
        type.ResolveType = resolveType;
        return type;
    }

    public static UnionType Bind(this UnionType type, Func<object, IResolverContext, ObjectType?>? resolveType)
    {
        type.ResolveType = resolveType;
        return type;
    }
}
