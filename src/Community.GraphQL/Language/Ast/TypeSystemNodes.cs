namespace Community.GraphQL.Language;

/// <summary>A definition or extension of the type-system language.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>A named type definition or extension.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }
}

/// <summary><c>scalar Name @directives</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary><c>type Name implements I &amp; J @directives { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

/// <summary><c>interface Name implements I @directives { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}

/// <summary><c>enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}

/// <summary><c>input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}

/// <summary>A field of an object or interface type: <c>"desc" name(args): Type @directives</c>.</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>An argument or input field definition: <c>"desc" name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary>One value of an enum definition: <c>"desc" VALUE @directives</c>.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public bool Repeatable { get; init; }

    public required IReadOnlyList<NameNode> Locations { get; init; }

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
