namespace Community.GraphQL.Language;

/// <summary>Helpers over type references (<c>[Post!]!</c>) for the layers above the parser.</summary>
public static class TypeNodeExtensions
{
    /// <summary>The innermost named type: <c>Post</c> for <c>[Post!]!</c>. Iterative, so any depth is safe.</summary>
    public static NamedTypeNode NamedType(this TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var current = type;
        while (true)
        {
            switch (current)
            {
                case NamedTypeNode named:
                    return named;
                case ListTypeNode list:
                    current = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    current = nonNull.Type;
                    break;
                default:
                    throw new ArgumentException($"Unknown type node {current.GetType().Name}.", nameof(type));
            }
        }
    }

    /// <summary>The name of the innermost named type: <c>"Post"</c> for <c>[Post!]!</c>.</summary>
    public static string NamedTypeName(this TypeNode type) => type.NamedType().Name.Value;

    /// <summary>True for <c>T!</c>.</summary>
    public static bool IsNonNull(this TypeNode type) => type is NonNullTypeNode;

    /// <summary>The type without its outer non-null wrapper: <c>[Post!]</c> for <c>[Post!]!</c>.</summary>
    public static TypeNode NullableType(this TypeNode type) => type is NonNullTypeNode nonNull ? nonNull.Type : type;
}
