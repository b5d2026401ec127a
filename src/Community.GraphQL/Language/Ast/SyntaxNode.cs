namespace Community.GraphQL.Language;

/// <summary>Base of every node of a parsed GraphQL document.</summary>
public abstract class SyntaxNode
{
    /// <summary>Where the node stands in its source; <see cref="Location.None"/> for nodes built in code.</summary>
    public Location Location { get; init; }

    /// <summary>The kind of node, for switches that avoid type tests.</summary>
    public abstract SyntaxKind Kind { get; }
}

/// <summary>The span of a node in its source text, with the 1-based line and column where it starts.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public static readonly Location None = default;

    public bool IsNone => Line == 0;
}

/// <summary>Kinds of syntax nodes, named as in the specification's grammar.</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>A GraphQL name (<c>/[_A-Za-z][_0-9A-Za-z]*/</c>).</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(string value) => Value = value;

    public string Value { get; }

    public override SyntaxKind Kind => SyntaxKind.Name;

    public override string ToString() => Value;
}

/// <summary>A whole document: executable definitions, type-system definitions and extensions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
}
