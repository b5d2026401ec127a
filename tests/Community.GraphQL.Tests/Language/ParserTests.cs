using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($v) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($v: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($v: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($v: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("{ f(a: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ f(a: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ f(a: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("{ f @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on A }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("query Q($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 35)]
    [InlineData("query Q($x: Int = $) { field }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("query Q($x: Int @dir(a: $y)) { field }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 25)]
    [InlineData("{ a } }", "Syntax Error: Unexpected \"}\".", 1, 7)]
    [InlineData("{ a(b: [1 2) }", "Syntax Error: Unexpected \")\".", 1, 12)]
    [InlineData("{ a(b: {c 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a\n\n  ?b }", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    public void Reports_syntax_errors_with_graphql_js_wording_and_position(string source, string message, int line, int column)
        => SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Syntax_errors_carry_the_parse_failed_code()
    {
        var exception = SyntaxAssert.ParseFails("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2);
        Assert.Equal(ErrorCodes.SyntaxError, exception.Code);
        Assert.Equal("Expected Name, found <EOF>.", exception.Description);
        Assert.Equal(1, exception.Position);
        Assert.IsAssignableFrom<GraphQLException>(exception);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variables()
    {
        var document = Parser.Parse(""""
            "Finds a post." query Q("The post's id." $id: ID!) { post(id: $id) { ...F } }
            """The fields every view shows.""" fragment F on Post { title }
            """");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Finds a post.", operation.Description!.Value);
        Assert.Equal("The post's id.", operation.VariableDefinitions[0].Description!.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("The fields every view shows.", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }

    [Fact]
    public void Parses_the_shorthand_query_with_locations()
    {
        var document = Parser.Parse("{ id }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal(new Location(0, 6, 1, 1), operation.Location);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("id", field.Name.Value);
        Assert.Equal(new Location(2, 4, 1, 3), field.Location);
        Assert.Equal(new Location(2, 4, 1, 3), field.Name.Location);
        Assert.Equal(new Location(0, 6, 1, 1), document.Location);
    }

    [Fact]
    public void Locations_count_lines_and_columns_of_the_start()
    {
        var document = Parser.Parse("query Q {\n  a\n  b(x: [1, 2])\n}");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var b = (FieldNode)operation.SelectionSet.Selections[1];
        Assert.Equal(new Location(16, 28, 3, 3), b.Location);
        var list = b.Arguments[0].Value;
        Assert.Equal(new Location(21, 27, 3, 8), list.Location);
    }

    [Fact]
    public void No_locations_leaves_every_node_without_location()
    {
        var document = Parser.Parse("query Q($a: [Int!] = [1]) { a(b: {c: 1}) @d { ...F } }", new ParserOptions { NoLocations = true });

        foreach (var node in Walk(document))
        {
            Assert.True(node.Location.IsNone, $"{node.Kind} has a location");
        }
    }

    [Fact]
    public void Every_parsed_node_has_a_location_within_the_source()
    {
        var document = Parser.Parse(KitchenSink.Query);

        foreach (var node in Walk(document))
        {
            Assert.False(node.Location.IsNone, $"{node.Kind} has no location");
            Assert.InRange(node.Location.Start, 0, KitchenSink.Query.Length);
            Assert.InRange(node.Location.End, node.Location.Start, KitchenSink.Query.Length);
        }
    }

    [Fact]
    public void Parses_operations_with_variables_defaults_and_directives()
    {
        var document = Parser.Parse("""
            query Q($id: ID!, $list: [String!]! = ["a"], $obj: In = {a: 1} @dir) @op(x: 1) {
              node(id: $id) { id }
            }
            """);

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(3, operation.VariableDefinitions.Count);
        var id = operation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        var list = operation.VariableDefinitions[1];
        Assert.Equal("[String!]!", Printer.Print(list.Type));
        Assert.Equal("[\"a\"]", Printer.Print(list.DefaultValue!));
        var obj = operation.VariableDefinitions[2];
        Assert.Equal("dir", Assert.Single(obj.Directives).Name.Value);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
        var node = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.IsType<VariableNode>(node.Arguments[0].Value);
    }

    [Theory]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    [InlineData("query { a }", OperationType.Query)]
    public void Parses_every_operation_type(string source, OperationType expected)
        => Assert.Equal(expected, ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).Operation);

    [Fact]
    public void Parses_aliases_fragments_and_inline_fragments()
    {
        var document = Parser.Parse("""
            { me: user { ...Parts @d ... on User { id } ... @include(if: true) { name } ... { x } } }
            fragment Parts on User @f { id }
            """);

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var user = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("me", user.Alias!.Value);
        Assert.Equal("user", user.Name.Value);
        Assert.Equal("me", user.ResponseName);
        var selections = user.SelectionSet!.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("Parts", spread.Name.Value);
        Assert.Single(spread.Directives);
        Assert.Equal("User", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var conditional = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(conditional.TypeCondition);
        Assert.Single(conditional.Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Parts", fragment.Name.Value);
        Assert.Equal("User", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
    }

    [Fact]
    public void Keywords_are_ordinary_names_for_fields_arguments_and_fragments()
    {
        var document = Parser.Parse("""
            query query { query(query: query) mutation subscription fragment on type extend schema }
            fragment query on on { on }
            """);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("query", operation.Name!.Value);
        Assert.Equal(8, operation.SelectionSet.Selections.Count);
        var argument = ((FieldNode)operation.SelectionSet.Selections[0]).Arguments[0];
        Assert.Equal("query", Assert.IsType<EnumValueNode>(argument.Value).Value);
        Assert.Equal("on", ((FragmentDefinitionNode)document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue(""""
            [123, -1.5e3, "str\n", """block""", true, false, null, ENUM, $var, [], {}, {a: [1]}]
            """"));

        Assert.Collection(
            value.Values,
            v => Assert.Equal("123", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("-1.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.Equal("str\n", Assert.IsType<StringValueNode>(v).Value),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.False(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal("var", Assert.IsType<VariableNode>(v).Name.Value),
            v => Assert.Empty(Assert.IsType<ListValueNode>(v).Values),
            v => Assert.Empty(Assert.IsType<ObjectValueNode>(v).Fields),
            v => Assert.Equal("a", Assert.Single(Assert.IsType<ObjectValueNode>(v).Fields).Name.Value));
    }

    [Fact]
    public void Parse_const_value_refuses_variables()
    {
        SyntaxAssert.Fails(() => Parser.ParseConstValue("[1, $var]"), "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 5);
        Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: [1, \"b\", C]}"));
    }

    [Fact]
    public void Parse_value_wants_exactly_one_value()
        => SyntaxAssert.Fails(() => Parser.ParseValue("1 2"), "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3);

    [Theory]
    [InlineData("String", "String")]
    [InlineData("String!", "String!")]
    [InlineData("[Post!]!", "[Post!]!")]
    [InlineData("[[Int]!]", "[[Int]!]")]
    [InlineData("  [ Post ! ] ! ", "[Post!]!")]
    public void Parse_type_reads_type_references(string source, string printed)
    {
        var type = Parser.ParseType(source);
        Assert.Equal(printed, Printer.Print(type));
    }

    [Fact]
    public void Parse_type_builds_nested_wrappers()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[Post!]!"));
        var list = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Post", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
        Assert.Equal(new Location(0, 8, 1, 1), type.Location);
        Assert.Equal(new Location(0, 7, 1, 1), list.Location);
    }

    [Theory]
    [InlineData("Post Extra", "Syntax Error: Expected <EOF>, found Name \"Extra\".", 1, 6)]
    [InlineData("[Post", "Syntax Error: Expected \"]\", found <EOF>.", 1, 6)]
    [InlineData("Post!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 6)]
    [InlineData("!", "Syntax Error: Expected Name, found \"!\".", 1, 1)]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1, 1)]
    public void Parse_type_rejects_malformed_types(string source, string message, int line, int column)
        => SyntaxAssert.Fails(() => Parser.ParseType(source), message, line, column);

    [Fact]
    public void Strings_keep_their_cooked_value_and_block_flag()
    {
        var document = Parser.Parse("{ a(s: \"x\\u0041\", b: \"\"\"\n    indented\n      more\n\"\"\") }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var s = Assert.IsType<StringValueNode>(field.Arguments[0].Value);
        Assert.Equal("xA", s.Value);
        Assert.False(s.Block);
        var b = Assert.IsType<StringValueNode>(field.Arguments[1].Value);
        Assert.Equal("indented\n  more", b.Value);
        Assert.True(b.Block);
    }

    [Fact]
    public void Parses_the_kitchen_sink_query()
    {
        var document = Parser.Parse(KitchenSink.Query);
        Assert.Equal(7, document.Definitions.Count);
        Assert.Equal(5, document.Definitions.OfType<OperationDefinitionNode>().Count());
        Assert.Equal(2, document.Definitions.OfType<FragmentDefinitionNode>().Count());
    }

    [Fact]
    public void Parsing_one_document_twice_gives_equal_trees()
        => SyntaxComparer.AssertEqual(Parser.Parse(KitchenSink.Query), Parser.Parse(KitchenSink.Query, new ParserOptions { NoLocations = true }));

    internal static IEnumerable<SyntaxNode> Walk(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var property in node.GetType().GetProperties())
            {
                var value = property.GetIndexParameters().Length == 0 ? property.GetValue(node) : null;
                if (value is SyntaxNode child)
                {
                    stack.Push(child);
                }
                else if (value is System.Collections.IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        if (item is SyntaxNode childItem)
                        {
                            stack.Push(childItem);
                        }
                    }
                }
            }
        }
    }
}
