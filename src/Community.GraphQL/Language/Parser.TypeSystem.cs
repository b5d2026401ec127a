namespace Community.GraphQL.Language;

public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        // ExecutableDirectiveLocation
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION",

        // TypeSystemDirectiveLocation
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION",
        "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description :: StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceLeft, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = Loc(start),
        };
    }

    /// <summary>RootOperationTypeDefinition :: OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>ImplementsInterfaces :: implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
        => ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Ampersand, static p => p.ParseNamedType()) : [];

    /// <summary>FieldsDefinition :: { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
        => OptionalMany(TokenKind.BraceLeft, static p => p.ParseFieldDefinition(), TokenKind.BraceRight);

    /// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>ArgumentsDefinition :: ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions()
        => OptionalMany(TokenKind.ParenLeft, static p => p.ParseInputValueDefinition(), TokenKind.ParenRight);

    /// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = Loc(start),
        };
    }

    /// <summary>UnionMemberTypes :: = |? NamedType | UnionMemberTypes | NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
        => ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    /// <summary>EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = Loc(start),
        };
    }

    /// <summary>EnumValuesDefinition :: { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
        => OptionalMany(TokenKind.BraceLeft, static p => p.ParseEnumValueDefinition(), TokenKind.BraceRight);

    /// <summary>EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>EnumValue :: Name but not true or false or null</summary>
    private NameNode ParseEnumValueName()
    {
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>InputFieldsDefinition :: { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
        => OptionalMany(TokenKind.BraceLeft, static p => p.ParseInputValueDefinition(), TokenKind.BraceRight);

    /// <summary>DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        bool repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = Loc(start),
        };
    }

    /// <summary>DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        if (DirectiveLocations.Contains(name.Value))
        {
            return name;
        }

        throw Unexpected(start);
    }
}
