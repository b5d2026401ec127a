namespace Community.GraphQL.Language;

/// <summary><c>extend schema @directives { operation types }</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemDefinitionNode
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>An <c>extend</c> of a named type; extensions carry no description.</summary>
public abstract class TypeExtensionNode : TypeSystemDefinitionNode
{
    public required NameNode Name { get; init; }
}

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary><c>extend type Name implements I @directives { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

/// <summary><c>extend interface Name implements I @directives { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}

/// <summary><c>extend input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
