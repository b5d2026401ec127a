using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Execution.Cost;

/// <summary>A schema of paged, nested lists annotated with <c>@cost</c> and <c>@listSize</c>, and helpers that read an operation's estimated cost.</summary>
internal static class CostSchema
{
    public const string Sdl = """
        interface Node { id: ID! }
        union SearchResult = Post | Member

        type Query {
          posts(first: Int, after: String, last: Int, before: String): PostsConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          pagedPosts(first: Int, last: Int): PostsConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          recent(first: Int, last: Int): [Post!]! @listSize(slicingArguments: ["first", "last"])
          feed(first: Int = 10): [Post!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
          top: [Post!]! @listSize(assumedSize: 5)
          all: [Post!]!
          search(text: String): [SearchResult!]! @listSize(assumedSize: 10)
          nodes: [Node!]! @listSize(assumedSize: 3)
          filtered(where: PostFilter): [Post!]! @listSize(assumedSize: 2)
          expensive: String @cost(weight: "25")
          member: Member
        }

        type PostsConnection { nodes: [Post!] edges: [PostsEdge!] totalCount: Int! }
        type PostsEdge { cursor: String! node: Post! }

        type Post implements Node {
          id: ID!
          title: String
          author: Member
          comments(first: Int): [Comment!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
        }

        type Comment implements Node {
          id: ID!
          reactors(first: Int): [Member!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
        }

        type Member implements Node {
          id: ID!
          name: String
          friends: [Member!]! @listSize(assumedSize: 2)
          badges: [Badge!]! @listSize(assumedSize: 4)
        }

        type Badge @cost(weight: "3") { label: String }

        input PostFilter { title: String and: [PostFilter!] }
        """;

    public static Schema Schema { get; } = SchemaBuilder.BuildFromSdl(Sdl);

    /// <summary>The operation's cost as the executor reports it for <see cref="CostReporting.Validate"/> (nothing runs).</summary>
    public static async Task<(double FieldCost, double TypeCost)> CostOf(string query, object? variables = null, ExecutorOptions? options = null)
    {
        var result = await ExecutionAssert.ExecuteAsync(Schema, query, variables, options: options, requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        Assert.Null(result.Errors);
        Assert.False(result.HasData);
        var cost = Assert.IsType<Dictionary<string, object?>>(result.Extensions!["operationCost"]);
        return (Convert.ToDouble(cost["fieldCost"]), Convert.ToDouble(cost["typeCost"]));
    }
}
