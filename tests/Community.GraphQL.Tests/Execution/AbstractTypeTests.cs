using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Post implements Node { id: ID! title: String }
        type Member implements Node { id: ID! name: String }
        union SearchResult = Post | Member
        type Query { nodes: [Node] search: [SearchResult] }
        """;

    private static readonly object[] Items = [new PostRecord("p1", "Hello"), new MemberRecord("m1", "Ada")];

    private const string Query = """
        {
          nodes { __typename id ... on Post { title } ... on Member { name } }
          search { __typename ... on Post { title } ... on Member { name } }
        }
        """;

    private const string Expected = """
        {"data":{
          "nodes":[{"__typename":"Post","id":"p1","title":"Hello"},{"__typename":"Member","id":"m1","name":"Ada"}],
          "search":[{"__typename":"Post","title":"Hello"},{"__typename":"Member","name":"Ada"}]}}
        """;

    private static TestSchema WithData() => new TestSchema()
        .Resolve("Query.nodes", _ => Items)
        .Resolve("Query.search", _ => Items);

    [Fact]
    public async Task ResolveType_picks_the_object_type()
    {
        Schema? schema = null;
        ObjectType? Pick(object value, IResolverContext ctx) => ctx.Schema.GetType<ObjectType>(value is PostRecord ? "Post" : "Member");
        schema = WithData().ResolveType("Node", Pick).ResolveType("SearchResult", Pick).Build(Sdl);
        Json(Expected, await ExecuteAsync(schema, Query));
    }

    [Fact]
    public async Task IsTypeOf_picks_the_object_type_when_there_is_no_ResolveType()
    {
        var schema = WithData()
            .IsTypeOf("Post", v => v is PostRecord)
            .IsTypeOf("Member", v => v is MemberRecord)
            .Build(Sdl);
        Json(Expected, await ExecuteAsync(schema, Query));
    }

    [Fact]
    public async Task The_CLR_runtime_type_picks_the_object_type_last()
    {
        var schema = WithData().RuntimeType<PostRecord>("Post").RuntimeType<MemberRecord>("Member").Build(Sdl);
        Json(Expected, await ExecuteAsync(schema, Query));
    }

    [Fact]
    public async Task A_value_no_type_claims_is_a_field_error()
    {
        var schema = WithData().Build(Sdl);
        var result = await ExecuteAsync(schema, "{ nodes { id } }");
        Json("""{"data":{"nodes":[null,null]}}""", new Community.GraphQL.Execution.ExecutionResult { Data = result.Data });
        Assert.Equal(2, result.Errors!.Count);
        Assert.StartsWith("Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.nodes\".", result.Errors[0].Message);
        Assert.Equal(["nodes", 0], result.Errors[0].Path!);
    }

    [Fact]
    public async Task A_resolved_type_outside_the_possible_types_is_a_field_error()
    {
        var schema = WithData().ResolveType("SearchResult", (_, ctx) => ctx.Schema.QueryType).Build(Sdl);
        var result = await ExecuteAsync(schema, "{ search { __typename } }");
        Assert.Equal("Runtime Object type \"Query\" is not a possible type for \"SearchResult\".", result.Errors![0].Message);
    }

    [Fact]
    public async Task A_typename_entry_of_a_dictionary_picks_the_object_type()
    {
        var schema = new TestSchema()
            .Resolve("Query.nodes", _ => new[] { new Dictionary<string, object?> { ["__typename"] = "Member", ["id"] = "m2", ["name"] = "Grace" } })
            .Build(Sdl);
        Json("""{"data":{"nodes":[{"__typename":"Member","name":"Grace"}]}}""", await ExecuteAsync(schema, "{ nodes { __typename ... on Member { name } } }"));
    }

    [Fact]
    public async Task A_type_resolver_that_throws_fails_only_its_field()
    {
        var schema = WithData().RuntimeType<PostRecord>("Post").RuntimeType<MemberRecord>("Member")
            .ResolveType("Node", (_, _) => throw new InvalidOperationException("broken")).Build(Sdl);
        var result = await ExecuteAsync(schema, "{ nodes { id } search { __typename } }");
        Assert.Equal(ErrorCodes.UnexpectedError, result.Errors![0].Code);
        Assert.Equal(["nodes"], result.Errors[0].Path!);
        Assert.Contains("\"search\":[{", result.ToJson());
    }

    private sealed record PostRecord(string Id, string Title);

    private sealed record MemberRecord(string Id, string Name);
}
