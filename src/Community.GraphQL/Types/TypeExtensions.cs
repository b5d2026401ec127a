namespace Community.GraphQL.Types;

/// <summary>Predicates and unwrapping over type references, as the specification defines them.</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any list and non-null wrappers.</summary>
    public static NamedType NamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unknown type reference {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IGraphQLType Nullable(this IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    public static bool IsList(this IGraphQLType type) => type.Nullable() is ListType;

    /// <summary>Scalars, enums, input objects, and wrappers of those.</summary>
    public static bool IsInputType(this IGraphQLType type) => type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, enums, objects, interfaces, unions, and wrappers of those.</summary>
    public static bool IsOutputType(this IGraphQLType type) => type.NamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>Scalars and enums (not wrapped).</summary>
    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    /// <summary>Objects, interfaces and unions (not wrapped).</summary>
    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Interfaces and unions (not wrapped).</summary>
    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>Structural equality of two type references.</summary>
    public static bool IsEqualType(this IGraphQLType a, IGraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => x.OfType.IsEqualType(y.OfType),
        (ListType x, ListType y) => x.OfType.IsEqualType(y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/>
    /// (isTypeSubTypeOf in the specification's interface and variable rules).
    /// </summary>
    public static bool IsTypeSubTypeOf(this Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (maybeSubType.IsEqualType(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && schema.IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return schema.IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && schema.IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType super && super.IsAbstractType() && maybeSubType is NamedType sub
            && (sub is ObjectType or InterfaceType) && schema.IsSubType(super, sub);
    }

    /// <summary>True when the two composite types can have a runtime object type in common.</summary>
    public static bool DoTypesOverlap(this Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            if (b.IsAbstractType())
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsPossibleType(b, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType bObject && schema.IsPossibleType(a, bObject);
        }

        return b.IsAbstractType() && a is ObjectType aObject && schema.IsPossibleType(b, aObject);
    }
}
