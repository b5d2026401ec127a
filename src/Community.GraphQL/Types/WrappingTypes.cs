namespace Community.GraphQL.Types;

/// <summary><c>[T]</c>.</summary>
public sealed class ListType : IGraphQLType
{
    public ListType(IGraphQLType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}

/// <summary><c>T!</c>; the wrapped type is never itself non-null.</summary>
public sealed class NonNullType : IGraphQLType
{
    public NonNullType(IGraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}
