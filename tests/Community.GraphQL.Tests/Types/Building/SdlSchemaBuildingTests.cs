using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Building;

public class SdlSchemaBuildingTests
{
    [Fact]
    public void Builds_every_kind_of_type_from_sdl()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            "The root."
            type Query {
              "Finds a post."
              post(id: ID!): Post
              search(term: String!): [SearchResult!]!
            }
            interface Node { id: ID! }
            type Post implements Node { id: ID! title: String! kind: PostKind! }
            type Member implements Node { id: ID! name: String }
            union SearchResult = Post | Member
            enum PostKind { UPDATE ANNOUNCEMENT }
            input PostFilter { kind: PostKind title: String }
            scalar Markdown
            """);

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("The root.", schema.QueryType.Description);
        var post = schema.QueryType.GetField("post")!;
        Assert.Equal("Finds a post.", post.Description);
        Assert.Equal("Post", post.Type.ToString());
        Assert.Equal("ID!", post.GetArgument("id")!.Type.ToString());
        Assert.Equal("[SearchResult!]!", schema.QueryType.GetField("search")!.Type.ToString());
        Assert.Same(schema.GetType("Post"), post.Type);
        Assert.Equal(["Node"], schema.GetType<ObjectType>("Post")!.Interfaces.Select(i => i.Name));
        Assert.Equal(["Post", "Member"], schema.GetType<UnionType>("SearchResult")!.Types.Select(t => t.Name));
        Assert.Equal(["UPDATE", "ANNOUNCEMENT"], schema.GetType<EnumType>("PostKind")!.Values.Select(v => v.Name));
        Assert.Equal(["kind", "title"], schema.GetType<InputObjectType>("PostFilter")!.Fields.Select(f => f.Name));
        Assert.Equal(["Post", "Member"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
        Assert.Same(schema.QueryType, post.DeclaringType);
    }

    [Fact]
    public void Uses_the_shared_built_in_scalars_and_always_includes_string_and_boolean()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { count: Int id: ID }");

        Assert.Same(BuiltInScalars.Int, schema.GetType("Int"));
        Assert.Same(BuiltInScalars.ID, schema.GetType("ID"));
        Assert.Same(BuiltInScalars.String, schema.GetType("String"));
        Assert.Same(BuiltInScalars.Boolean, schema.GetType("Boolean"));
        Assert.Null(schema.GetType("Float"));
    }

    [Fact]
    public void Includes_the_introspection_types()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { a: String }");
        foreach (var type in Community.GraphQL.Types.Introspection.Types)
        {
            Assert.Same(type, schema.GetType(type.Name));
        }
    }

    [Fact]
    public void Declares_the_built_in_directives()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { a: String }");
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.Same(BuiltInDirectives.Skip, schema.GetDirective("skip"));
    }

    [Fact]
    public void A_directive_definition_replaces_the_built_in_of_the_same_name()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @deprecated(reason: String, since: String) on FIELD_DEFINITION
            type Query { a: String }
            """);
        Assert.NotSame(BuiltInDirectives.Deprecated, schema.GetDirective("deprecated"));
        Assert.NotNull(schema.GetDirective("deprecated")!.GetArgument("since"));
        Assert.Single(schema.Directives, d => d.Name == "deprecated");
    }

    [Fact]
    public void Uses_the_schema_definition_for_root_types()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            "The community schema."
            schema { query: RootQuery mutation: RootMutation subscription: RootSubscription }
            type RootQuery { a: String }
            type RootMutation { b: String }
            type RootSubscription { c: String }
            type Query { ignored: String }
            """);

        Assert.Equal("RootQuery", schema.QueryType.Name);
        Assert.Equal("RootMutation", schema.MutationType!.Name);
        Assert.Equal("RootSubscription", schema.SubscriptionType!.Name);
        Assert.Equal("The community schema.", schema.Description);
    }

    [Fact]
    public void Uses_the_default_root_type_names_without_a_schema_definition()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { a: String }
            type Mutation { b: String }
            type Subscription { c: String }
            """);

        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Accepts_several_documents()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { post: Post }")
            .AddTypeDefinitions("type Post { title: String }")
            .AddTypeDefinitions("extend type Post { body: String }")
            .Build();

        Assert.Equal(["title", "body"], schema.GetType<ObjectType>("Post")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Keeps_descriptions_on_every_element()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query {
              "Field."
              field(
                "Argument."
                arg: Kind
              ): String
            }
            "Enum."
            enum Kind {
              "Value."
              A
            }
            """
            + "\n\"\"\"\nInput.\n\"\"\"\ninput Filter { \"Input field.\" f: String }\n"
            + "\"Scalar.\" scalar Markdown\n"
            + "\"Directive.\" directive @tag(\"Directive argument.\" name: String) on OBJECT\n");

        var field = schema.QueryType.GetField("field")!;
        Assert.Equal("Field.", field.Description);
        Assert.Equal("Argument.", field.GetArgument("arg")!.Description);
        var kind = schema.GetType<EnumType>("Kind")!;
        Assert.Equal("Enum.", kind.Description);
        Assert.Equal("Value.", kind.GetValue("A")!.Description);
        Assert.Equal("Input.", schema.GetType("Filter")!.Description);
        Assert.Equal("Input field.", schema.GetType<InputObjectType>("Filter")!.GetField("f")!.Description);
        Assert.Equal("Scalar.", schema.GetType("Markdown")!.Description);
        Assert.Equal("Directive.", schema.GetDirective("tag")!.Description);
        Assert.Equal("Directive argument.", schema.GetDirective("tag")!.GetArgument("name")!.Description);
    }

    [Fact]
    public void Reads_deprecation_reasons_on_fields_arguments_input_fields_and_enum_values()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query {
              old: String @deprecated
              older(flag: Boolean @deprecated(reason: "Ignored.")): String @deprecated(reason: "Use `new`.")
              current: String
            }
            input Filter { legacy: String @deprecated(reason: "Gone.") }
            enum Kind { A B @deprecated }
            """);

        var query = schema.QueryType;
        Assert.Equal("No longer supported", query.GetField("old")!.DeprecationReason);
        Assert.Equal("Use `new`.", query.GetField("older")!.DeprecationReason);
        Assert.Equal("Ignored.", query.GetField("older")!.GetArgument("flag")!.DeprecationReason);
        Assert.False(query.GetField("current")!.IsDeprecated);
        Assert.Equal("Gone.", schema.GetType<InputObjectType>("Filter")!.GetField("legacy")!.DeprecationReason);
        Assert.Equal("No longer supported", schema.GetType<EnumType>("Kind")!.GetValue("B")!.DeprecationReason);
        Assert.Empty(query.GetField("old")!.Directives);
    }

    [Fact]
    public void Keeps_applied_custom_directives_on_the_model()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION | SCHEMA | SCALAR
            schema @tag(name: "schema") { query: Query }
            type Query @tag(name: "a") @tag(name: "b") {
              field(arg: String @tag(name: "arg")): String @tag(name: "field")
            }
            enum Kind { A @tag(name: "value") }
            input Filter { f: String @tag(name: "input") }
            scalar Markdown @tag(name: "scalar")
            """);

        Assert.Equal(2, schema.QueryType.Directives.Count);
        Assert.Equal("tag", schema.QueryType.GetField("field")!.Directives.Single().Name.Value);
        Assert.Single(schema.QueryType.GetField("field")!.GetArgument("arg")!.Directives);
        Assert.Single(schema.GetType<EnumType>("Kind")!.GetValue("A")!.Directives);
        Assert.Single(schema.GetType<InputObjectType>("Filter")!.GetField("f")!.Directives);
        Assert.Single(schema.GetType("Markdown")!.Directives);
        Assert.Single(schema.AppliedDirectives);
        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
    }

    [Fact]
    public void Reads_specified_by_and_one_of()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { a(by: MemberBy): Markdown }
            scalar Markdown @specifiedBy(url: "https://commonmark.org/")
            input MemberBy @oneOf { id: ID email: String }
            """);

        Assert.Equal("https://commonmark.org/", schema.GetType<ScalarType>("Markdown")!.SpecifiedByUrl);
        Assert.True(schema.GetType<InputObjectType>("MemberBy")!.IsOneOf);
        Assert.Empty(schema.GetType("MemberBy")!.Directives);
    }

    [Fact]
    public void Unknown_custom_scalars_pass_values_through()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { a: JSON } scalar JSON");
        var json = schema.GetType<ScalarType>("JSON")!;

        var list = new List<object?> { 1, "x" };
        Assert.Same(list, json.ParseValue(list));
        Assert.Same(list, json.Serialize(list));
        var parsed = Assert.IsType<Dictionary<string, object?>>(json.ParseLiteral(Parser.ParseConstValue("{a: 1, b: [true, \"x\", 1.5, null], c: RED}")));
        Assert.Equal(1, parsed["a"]);
        Assert.Equal(new List<object?> { true, "x", 1.5d, null }, parsed["b"]);
        Assert.Equal("RED", parsed["c"]);
    }

    [Fact]
    public void Extended_scalars_are_used_by_name()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            scalar DateTime
            type Query { at: DateTime on: Date id: UUID big: Long price: Decimal link: URL }
            """);

        Assert.Same(ExtendedScalars.DateTime, schema.GetType("DateTime"));
        Assert.Same(ExtendedScalars.Date, schema.GetType("Date"));
        Assert.Same(ExtendedScalars.UUID, schema.GetType("UUID"));
        Assert.Same(ExtendedScalars.Long, schema.GetType("Long"));
        Assert.Same(ExtendedScalars.Decimal, schema.GetType("Decimal"));
        Assert.Same(ExtendedScalars.URL, schema.GetType("URL"));
    }

    [Fact]
    public void Parses_large_sdl_documents_beyond_client_document_limits()
    {
        var types = string.Concat(Enumerable.Range(0, 2000).Select(i => $"type T{i} {{ a: String b: Int c: Boolean }}\n"));
        var schema = SchemaBuilder.BuildFromSdl("type Query { t: T0 }\n" + types);
        Assert.NotNull(schema.GetType("T1999"));
    }

    [Fact]
    public void Syntax_errors_surface_as_graphql_syntax_exceptions()
        => Assert.Throws<GraphQLSyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));
}
