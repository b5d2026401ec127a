using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class SchemaParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode
        => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_a_simple_type_with_its_location()
    {
        var type = Single<ObjectTypeDefinitionNode>("\ntype Hello {\n  world: String\n}");

        Assert.Equal("Hello", type.Name.Value);
        Assert.Null(type.Description);
        Assert.Equal(new Location(1, 31, 2, 1), type.Location);
        var field = Assert.Single(type.Fields);
        Assert.Equal("world", field.Name.Value);
        Assert.Equal("String", field.Type.NamedTypeName());
        Assert.Equal(new Location(16, 29, 3, 3), field.Location);
    }

    [Fact]
    public void Parses_descriptions_as_strings_and_block_strings()
    {
        var document = Parser.Parse(""""
            "Single line"
            type A { "field" f("arg" a: Int): Int }

            """
              Block
                description
            """
            enum E { "value" V }
            """");

        var a = (ObjectTypeDefinitionNode)document.Definitions[0];
        Assert.Equal("Single line", a.Description!.Value);
        Assert.False(a.Description.Block);
        Assert.Equal("field", a.Fields[0].Description!.Value);
        Assert.Equal("arg", a.Fields[0].Arguments[0].Description!.Value);
        var e = (EnumTypeDefinitionNode)document.Definitions[1];
        Assert.Equal("Block\n  description", e.Description!.Value);
        Assert.True(e.Description.Block);
        Assert.Equal("value", e.Values[0].Description!.Value);
        Assert.Equal(new Location(0, 53, 1, 1), a.Location);
    }

    [Fact]
    public void Parses_a_schema_definition_with_description_and_directives()
    {
        var schema = Single<SchemaDefinitionNode>("\"d\" schema @dir { query: Q mutation: M subscription: S }");

        Assert.Equal("d", schema.Description!.Value);
        Assert.Single(schema.Directives);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("M", schema.OperationTypes[1].Type.Name.Value);
    }

    [Fact]
    public void Parses_objects_and_interfaces_implementing_interfaces()
    {
        var document = Parser.Parse("""
            type Post implements & Node & Entity { id: ID! }
            interface Entity implements Node @key { id: ID! }
            interface Node { id: ID! }
            """);

        var post = (ObjectTypeDefinitionNode)document.Definitions[0];
        Assert.Equal(["Node", "Entity"], post.Interfaces.Select(i => i.Name.Value));
        var entity = (InterfaceTypeDefinitionNode)document.Definitions[1];
        Assert.Equal("Node", Assert.Single(entity.Interfaces).Name.Value);
        Assert.Single(entity.Directives);
    }

    [Fact]
    public void Parses_types_without_fields_and_unions_without_members()
    {
        var document = Parser.Parse("type A interface B union C input D enum E scalar F");
        Assert.Equal(6, document.Definitions.Count);
        Assert.Empty(((ObjectTypeDefinitionNode)document.Definitions[0]).Fields);
        Assert.Empty(((UnionTypeDefinitionNode)document.Definitions[2]).Types);
    }

    [Fact]
    public void Parses_fields_with_arguments_defaults_and_directives()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Q { posts(first: Int = 10 @a, tags: [String!] = [\"x\"], where: F = {a: {b: null}}): [Post!]! @deprecated(reason: \"no\") }");

        var field = type.Fields[0];
        Assert.Equal(3, field.Arguments.Count);
        Assert.Equal("10", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Single(field.Arguments[0].Directives);
        Assert.IsType<ListValueNode>(field.Arguments[1].DefaultValue);
        Assert.IsType<ObjectValueNode>(field.Arguments[2].DefaultValue);
        Assert.Equal("[Post!]!", Printer.Print(field.Type));
        Assert.Equal("deprecated", field.Directives[0].Name.Value);
    }

    [Fact]
    public void Parses_unions_with_and_without_a_leading_pipe()
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>("union U = A | B").Types.Select(t => t.Name.Value));
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>("union U = | A | B").Types.Select(t => t.Name.Value));
        Assert.Single(Single<UnionTypeDefinitionNode>("union U @d = A").Directives);
    }

    [Fact]
    public void Parses_enums_inputs_and_scalars()
    {
        var document = Parser.Parse("""
            enum Color @d { RED GREEN @deprecated BLUE }
            input Point { x: Float! = 0 y: Float! @d }
            scalar Url @specifiedBy(url: "https://example.com")
            """);

        Assert.Equal(["RED", "GREEN", "BLUE"], ((EnumTypeDefinitionNode)document.Definitions[0]).Values.Select(v => v.Name.Value));
        var point = (InputObjectTypeDefinitionNode)document.Definitions[1];
        Assert.Equal("0", ((IntValueNode)point.Fields[0].DefaultValue!).Value);
        Assert.Single(point.Fields[1].Directives);
        Assert.Equal("Url", ((ScalarTypeDefinitionNode)document.Definitions[2]).Name.Value);
    }

    [Fact]
    public void Parses_directive_definitions_with_repeatable_and_locations()
    {
        var directive = Single<DirectiveDefinitionNode>("\"d\" directive @key(fields: String!) repeatable on | OBJECT | INTERFACE");

        Assert.Equal("key", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Equal("d", directive.Description!.Value);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @skip(if: Boolean!) on FIELD").Repeatable);
    }

    [Theory]
    [InlineData("QUERY")]
    [InlineData("MUTATION")]
    [InlineData("SUBSCRIPTION")]
    [InlineData("FIELD")]
    [InlineData("FRAGMENT_DEFINITION")]
    [InlineData("FRAGMENT_SPREAD")]
    [InlineData("INLINE_FRAGMENT")]
    [InlineData("VARIABLE_DEFINITION")]
    [InlineData("SCHEMA")]
    [InlineData("SCALAR")]
    [InlineData("OBJECT")]
    [InlineData("FIELD_DEFINITION")]
    [InlineData("ARGUMENT_DEFINITION")]
    [InlineData("INTERFACE")]
    [InlineData("UNION")]
    [InlineData("ENUM")]
    [InlineData("ENUM_VALUE")]
    [InlineData("INPUT_OBJECT")]
    [InlineData("INPUT_FIELD_DEFINITION")]
    public void Accepts_every_directive_location(string location)
        => Assert.Equal(location, Single<DirectiveDefinitionNode>($"directive @d on {location}").Locations[0].Value);

    [Fact]
    public void Parses_every_kind_of_extension()
    {
        var document = Parser.Parse("""
            extend schema @d
            extend schema { query: Q }
            extend scalar S @d
            extend type T implements I
            extend type T @d
            extend type T { f: Int }
            extend interface I implements J
            extend interface I @d { f: Int }
            extend union U = A | B
            extend union U @d
            extend enum E { X }
            extend enum E @d
            extend input In { f: Int }
            extend input In @d
            """);

        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.InterfaceTypeExtension,
                SyntaxKind.UnionTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension, SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        var extension = (ObjectTypeExtensionNode)document.Definitions[3];
        Assert.Equal("T", extension.Name.Value);
        Assert.Equal("I", extension.Interfaces[0].Name.Value);
        Assert.Equal(new Location(63, 89, 4, 1), extension.Location);
        Assert.Equal(["A", "B"], ((UnionTypeExtensionNode)document.Definitions[8]).Types.Select(t => t.Name.Value));
    }

    [Theory]
    [InlineData("type Hello { }", "Syntax Error: Expected Name, found \"}\".", 1, 14)]
    [InlineData("type Hello { world }", "Syntax Error: Expected \":\", found \"}\".", 1, 20)]
    [InlineData("type Hello { world(): String }", "Syntax Error: Expected Name, found \")\".", 1, 20)]
    [InlineData("type Hello implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type Hello implements A, B { f: Int }", "Syntax Error: Unexpected Name \"B\".", 1, 26)]
    [InlineData("type Hello implements A & { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 27)]
    [InlineData("input Hello { world(foo: Int): String }", "Syntax Error: Expected \":\", found \"(\".", 1, 20)]
    [InlineData("union Hello = |", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("union Hello = || Wo | Rld", "Syntax Error: Expected Name, found \"|\".", 1, 16)]
    [InlineData("union Hello = Wo | Rld |", "Syntax Error: Expected Name, found <EOF>.", 1, 25)]
    [InlineData("enum Hello { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { A, 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 17)]
    [InlineData("schema { query: Q, foo: Bar }", "Syntax Error: Unexpected Name \"foo\".", 1, 20)]
    [InlineData("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema", "Syntax Error: Expected \"{\", found <EOF>.", 1, 7)]
    [InlineData("directive @foo on FIELD | UNKNOWN_LOCATION", "Syntax Error: Unexpected Name \"UNKNOWN_LOCATION\".", 1, 27)]
    [InlineData("directive @foo repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 26)]
    [InlineData("directive foo on FIELD", "Syntax Error: Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo on", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("type A { f(a: Int = $x): Int }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 21)]
    [InlineData("type A @dir(a: $x)", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 16)]
    [InlineData("scalar S @dir(a: [$x])", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 19)]
    [InlineData("extend type Hello", "Syntax Error: Unexpected <EOF>.", 1, 18)]
    [InlineData("extend scalar Hello", "Syntax Error: Unexpected <EOF>.", 1, 20)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface Hello", "Syntax Error: Unexpected <EOF>.", 1, 23)]
    [InlineData("extend union Hello", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend enum Hello", "Syntax Error: Unexpected <EOF>.", 1, 18)]
    [InlineData("extend input Hello", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend type Hello { }", "Syntax Error: Expected Name, found \"}\".", 1, 21)]
    [InlineData("extend hello Hello", "Syntax Error: Unexpected Name \"hello\".", 1, 8)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" \"again\" type A", "Syntax Error: Unexpected String \"again\".", 1, 8)]
    public void Reports_type_system_syntax_errors(string source, string message, int line, int column)
        => SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Parses_the_kitchen_sink_schema()
    {
        var document = Parser.Parse(KitchenSink.Schema);
        Assert.Equal(24, document.Definitions.Count);
        var post = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        Assert.Equal("A post in a group's feed.\n\n  It can be \"quoted\" and \"\"\" triple-quoted.", post.Description!.Value);
    }

    [Fact]
    public void Executable_and_type_system_definitions_mix_in_one_document()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }");
        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
    }
}
