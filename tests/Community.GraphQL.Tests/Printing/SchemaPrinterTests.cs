using Community.GraphQL.Language;
using Community.GraphQL.Tests.IntrospectionTests;
using Community.GraphQL.Types;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.Printing;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void Prints_every_kind_of_definition_and_leaves_built_ins_out()
    {
        Assert.Equal(
            """"
            """A hand-built schema."""
            schema {
              query: Query
            }

            """Tags a definition."""
            directive @tag(name: String!, old: String @deprecated(reason: "Use name.")) repeatable on FIELD_DEFINITION | OBJECT

            """The root of queries."""
            type Query {
              node(id: ID!): Node
              search(filter: Filter, range: Range = { from: 1 }, legacy: Boolean @deprecated): [SearchResult]

              """The favourite color."""
              color: Color
              oldColor: Color @deprecated(reason: "Use color.")
            }

            """Something with an id."""
            interface Node {
              id: ID!
            }

            type Post implements Node {
              id: ID!
              link: Url
              tags: [String!]!
            }

            union SearchResult = Post

            enum Color {
              """Like blood."""
              RED
              GREEN @deprecated(reason: "Use RED.")
            }

            input Filter @oneOf {
              title: String
              legacy: Int @deprecated(reason: "Use title.")
            }

            input Range {
              from: Int = 0
              color: Color = RED
            }

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            """",
            SchemaPrinter.Print(HandBuiltSchema.Create()));
    }

    [Fact]
    public void Prints_a_schema_built_from_canonical_sdl_as_that_sdl()
    {
        Assert.Equal(KitchenSinkSchema.Sdl, SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(KitchenSinkSchema.Sdl)));
    }

    [Fact]
    public void Printed_sdl_builds_the_same_schema_again()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(KitchenSinkSchema.Sdl));
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(printed)));
    }

    [Fact]
    public void Leaves_the_schema_definition_out_for_conventional_root_names()
    {
        var query = Object("Query", new FieldDefinition("a", BuiltInScalars.String));
        var mutation = Object("Mutation", new FieldDefinition("b", BuiltInScalars.String));
        var schema = new Schema(query, mutation, null, [query, mutation, BuiltInScalars.String], []);
        Assert.Equal(
            """"
            type Query {
              a: String
            }

            type Mutation {
              b: String
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_schema_definition_for_other_root_names()
    {
        var query = Object("Root", new FieldDefinition("a", BuiltInScalars.String));
        var subscription = Object("Events", new FieldDefinition("b", BuiltInScalars.String));
        var schema = new Schema(query, null, subscription, [query, subscription, BuiltInScalars.String], []);
        Assert.StartsWith(
            """"
            schema {
              query: Root
              subscription: Events
            }

            type Root {
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_argument_descriptions_one_argument_per_line()
    {
        var query = Object(
            "Query",
            new FieldDefinition(
                "post",
                BuiltInScalars.String,
                [
                    new ArgumentDefinition("id", new NonNullType(BuiltInScalars.ID), "The id."),
                    new ArgumentDefinition("draft", BuiltInScalars.Boolean, defaultValue: new BooleanValueNode { Value = false }),
                    new ArgumentDefinition("version", BuiltInScalars.Int, "Which version."),
                ]));
        Assert.Equal(
            """"
            type Query {
              post(
                """The id."""
                id: ID!
                draft: Boolean = false

                """Which version."""
                version: Int
              ): String
            }
            """",
            PrintTypes(query));
    }

    [Theory]
    [InlineData("Short.", "\"\"\"Short.\"\"\"")]
    [InlineData("Two\nlines.", "\"\"\"\nTwo\nlines.\n\"\"\"")]
    [InlineData("Ends with a \"quote\"", "\"\"\"\nEnds with a \"quote\"\n\"\"\"")]
    [InlineData("\nLeading blank line.", "\"\\nLeading blank line.\"")]
    [InlineData("Trailing blank line.\n", "\"Trailing blank line.\\n\"")]
    [InlineData("  Every\n  line indented.", "\"  Every\\n  line indented.\"")]
    [InlineData("Carriage\r\nreturn.", "\"Carriage\\r\\nreturn.\"")]
    public void Prints_descriptions_as_block_strings_only_when_they_read_back_the_same(string description, string expected)
    {
        Assert.Equal(expected + "\nscalar Thing", SchemaPrinter.PrintType(new DescribedScalar(description)));
    }

    [Fact]
    public void Prints_long_descriptions_on_their_own_lines()
    {
        var description = new string('x', 71);
        Assert.Equal($"\"\"\"\n{description}\n\"\"\"\nscalar Thing", SchemaPrinter.PrintType(new DescribedScalar(description)));
    }

    [Fact]
    public void Indents_multi_line_descriptions_of_fields()
    {
        var query = Object("Query", new FieldDefinition("a", BuiltInScalars.String, description: "First line.\nSecond line."));
        Assert.Equal(
            "type Query {\n  \"\"\"\n  First line.\n  Second line.\n  \"\"\"\n  a: String\n}",
            PrintTypes(query));
    }

    [Fact]
    public void Prints_applied_directives_the_model_keeps_after_the_modelled_ones()
    {
        var key = new DirectiveNode
        {
            Name = new NameNode("key"),
            Arguments = [new ArgumentNode { Name = new NameNode("fields"), Value = new StringValueNode { Value = "id" } }],
        };
        var deprecated = new DirectiveNode { Name = new NameNode("deprecated") };
        var query = new ObjectType("Query") { Directives = [key] };
        query.Define(
            [new FieldDefinition("a", BuiltInScalars.String, deprecationReason: BuiltInDirectives.DefaultDeprecationReason) { Directives = [deprecated, key] }],
            []);
        Assert.Equal(
            """"
            type Query @key(fields: "id") {
              a: String @deprecated @key(fields: "id")
            }
            """",
            PrintTypes(query));
    }

    [Fact]
    public void Prints_string_defaults_as_written_block_strings_included()
    {
        var query = Object(
            "Query",
            new FieldDefinition(
                "a",
                BuiltInScalars.String,
                [
                    new ArgumentDefinition("s", BuiltInScalars.String, defaultValue: new StringValueNode { Value = "x\"y", Block = true }),
                    new ArgumentDefinition("l", new ListType(BuiltInScalars.String), defaultValue: new ListValueNode { Values = [new StringValueNode { Value = "z", Block = true }] }),
                ]));
        Assert.Equal(
            """"
            type Query {
              a(s: String = """x"y""", l: [String] = ["""z"""]): String
            }
            """",
            PrintTypes(query));
    }

    [Fact]
    public void Prints_a_union_without_members_and_a_type_without_fields_as_bare_names()
    {
        var union = new UnionType("Nothing");
        var empty = new ObjectType("Empty");
        Assert.Equal("union Nothing", SchemaPrinter.PrintType(union));
        Assert.Equal("type Empty", SchemaPrinter.PrintType(empty));
    }

    [Fact]
    public void Introspection_schema_prints_the_introspection_types()
    {
        var printed = SchemaPrinter.PrintIntrospectionSchema(HandBuiltSchema.Create());
        Assert.Contains("type __Schema {", printed, StringComparison.Ordinal);
        Assert.Contains("  fields(includeDeprecated: Boolean! = false): [__Field!]", printed, StringComparison.Ordinal);
        Assert.Contains("enum __TypeKind {", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("type Query", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("@tag", printed, StringComparison.Ordinal);
    }

    private static ObjectType Object(string name, params FieldDefinition[] fields)
    {
        var type = new ObjectType(name);
        type.Define(fields, []);
        return type;
    }

    private static string PrintTypes(ObjectType query)
    {
        var schema = new Schema(query, null, null, [query, .. IntrospectionSystem.Types], []);
        return SchemaPrinter.Print(schema);
    }

    private sealed class DescribedScalar : ScalarType
    {
        public DescribedScalar(string description)
            : base("Thing", description)
        {
        }

        public override Type RuntimeType => typeof(string);

        public override object ParseLiteral(ValueNode literal) => throw new NotSupportedException();

        public override object ParseValue(object value) => throw new NotSupportedException();

        public override object Serialize(object value) => throw new NotSupportedException();

        public override ValueNode ToLiteral(object value) => throw new NotSupportedException();
    }
}
