namespace Community.GraphQL.Language;

/// <summary>A type reference: a named type, a list, or a non-null wrapper.</summary>
public abstract class TypeNode : SyntaxNode
{
}

/// <summary><c>Name</c>.</summary>
public sealed class NamedTypeNode : TypeNode
{
    public required NameNode Name { get; init; }

    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    public required TypeNode Type { get; init; }

    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary><c>Type!</c>; the inner type is a named or a list type.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public required TypeNode Type { get; init; }

    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
