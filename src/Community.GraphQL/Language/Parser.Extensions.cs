namespace Community.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// TypeSystemExtension :: SchemaExtension | TypeExtension;
    /// TypeExtension :: ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension |
    /// UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
    /// </summary>
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } |
    /// extend schema Directives[Const]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceLeft, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    /// <summary>ScalarTypeExtension :: extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>
    /// ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition |
    /// extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition |
    /// extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    /// <summary>EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    /// <summary>
    /// InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition |
    /// extend input Name Directives[Const]
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }
}
