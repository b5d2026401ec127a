using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Building;

public class MixedSchemaTests
{
    [Fact]
    public async Task Sdl_types_with_code_first_types_and_resolvers()
    {
        var schema = SchemaBuilder.FromSdl("""
                type Query { posts: [Post!]! me: Member }
                type Post { id: ID! title: String! }
                extend type Member { title: String }
                """)
            .ObjectType("Member", t => t.Field("name", "String!"))
            .Resolve("Query.posts", _ => new[] { new { id = "1", title = "T" } })
            .Build();

        Assert.Equal(["name", "title"], schema.GetType<ObjectType>("Member")!.Fields.Select(f => f.Name));
        Assert.NotNull(await TestResolverContext.Resolve(schema.QueryType.GetField("posts")!));
    }

    [Fact]
    public void Code_first_types_can_be_extended_in_sdl()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("a", "String"))
            .AddTypeDefinitions("extend type Query { b: Int }")
            .Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void A_type_defined_in_sdl_and_in_code_is_a_duplicate()
        => Assert.Equal(
            ["There can be only one type named \"Query\"."],
            SchemaErrors.Of(SchemaBuilder.FromSdl("type Query { a: String }").QueryType(q => q.Field("b", "String"))));
}
