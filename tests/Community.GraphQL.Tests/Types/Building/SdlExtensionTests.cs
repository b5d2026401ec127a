using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Building;

public class SdlExtensionTests
{
    [Fact]
    public void Extend_type_adds_fields_interfaces_and_directives()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @key(fields: String!) on OBJECT
            interface Node { id: ID! }
            type Query { post: Post }
            type Post { title: String }
            extend type Post implements Node @key(fields: "id") { id: ID! }
            """);

        var post = schema.GetType<ObjectType>("Post")!;
        Assert.Equal(["title", "id"], post.Fields.Select(f => f.Name));
        Assert.Equal(["Node"], post.Interfaces.Select(i => i.Name));
        Assert.Equal("key", post.Directives.Single().Name.Value);
        Assert.Equal(2, post.SyntaxNodes.Count);
    }

    [Fact]
    public void Extend_interface_adds_fields_and_interfaces()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { node: Node }
            interface Entity { id: ID! }
            interface Node { id: ID! }
            extend interface Node implements Entity { createdAt: String }
            """);

        var node = schema.GetType<InterfaceType>("Node")!;
        Assert.Equal(["id", "createdAt"], node.Fields.Select(f => f.Name));
        Assert.Equal(["Entity"], node.Interfaces.Select(i => i.Name));
    }

    [Fact]
    public void Extend_union_adds_members()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { search: SearchResult }
            type Post { id: ID }
            type Member { id: ID }
            union SearchResult = Post
            extend union SearchResult = Member
            """);

        Assert.Equal(["Post", "Member"], schema.GetType<UnionType>("SearchResult")!.Types.Select(t => t.Name));
    }

    [Fact]
    public void Extend_enum_adds_values()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { kind: Kind }
            enum Kind { UPDATE }
            extend enum Kind { POLL }
            """);

        Assert.Equal(["UPDATE", "POLL"], schema.GetType<EnumType>("Kind")!.Values.Select(v => v.Name));
    }

    [Fact]
    public void Extend_input_adds_fields_and_one_of()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { member(by: MemberBy): String }
            input MemberBy { id: ID }
            extend input MemberBy @oneOf { email: String }
            """);

        var input = schema.GetType<InputObjectType>("MemberBy")!;
        Assert.Equal(["id", "email"], input.Fields.Select(f => f.Name));
        Assert.True(input.IsOneOf);
    }

    [Fact]
    public void Extend_scalar_adds_directives()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @format(pattern: String) on SCALAR
            type Query { text: Markdown }
            scalar Markdown
            extend scalar Markdown @format(pattern: "md") @specifiedBy(url: "https://commonmark.org/")
            """);

        var markdown = schema.GetType<ScalarType>("Markdown")!;
        Assert.Equal("format", markdown.Directives.Single().Name.Value);
        Assert.Equal("https://commonmark.org/", markdown.SpecifiedByUrl);
    }

    [Fact]
    public void Extend_schema_adds_root_types_and_directives()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @contact(email: String) on SCHEMA
            schema { query: Query }
            extend schema @contact(email: "team@example.com") { mutation: Mutation }
            type Query { a: String }
            type Mutation { b: String }
            """);

        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("contact", schema.AppliedDirectives.Single().Name.Value);
    }

    [Fact]
    public void Extensions_may_come_before_the_definition()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            extend type Query { b: String }
            type Query { a: String }
            """);

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Extending_an_undefined_type_is_an_error()
        => Assert.Equal(
            ["Cannot extend type \"Post\" because it is not defined."],
            SchemaErrors.Of("type Query { a: String } extend type Post { b: String }"));

    [Theory]
    [InlineData("extend scalar Kind @d", "Cannot extend non-scalar type \"Kind\".")]
    [InlineData("extend type Kind { a: String }", "Cannot extend non-object type \"Kind\".")]
    [InlineData("extend interface Kind { a: String }", "Cannot extend non-interface type \"Kind\".")]
    [InlineData("extend union Kind = Query", "Cannot extend non-union type \"Kind\".")]
    [InlineData("extend input Kind { a: String }", "Cannot extend non-input object type \"Kind\".")]
    public void Extending_a_type_of_another_kind_is_an_error(string extension, string message)
        => Assert.Contains(message, SchemaErrors.Of("directive @d on SCALAR type Query { a: Kind } enum Kind { A } " + extension));

    [Fact]
    public void Extending_an_enum_as_an_input_is_reported_with_the_extension_kind()
        => Assert.Contains("Cannot extend non-enum type \"Query\".", SchemaErrors.Of("type Query { a: String } extend enum Query { A }"));
}
