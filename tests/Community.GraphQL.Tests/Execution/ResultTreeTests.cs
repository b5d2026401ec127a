using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class ResultTreeTests
{
    private static readonly Schema Schema = new TestSchema()
        .ResolveAsync("Query.items", async ctx =>
        {
            await Task.Yield();
            var n = ctx.Argument<int>("n");
            return Enumerable.Range(0, n).Select(i => new Dictionary<string, object?> { ["id"] = i, ["tags"] = new[] { "t" + i, "u" + i } }).ToList();
        })
        .Build("type Item { id: Int! tags: [String!]! } type Query { items(n: Int!): [Item!]! }");

    [Fact]
    public async Task Data_reads_as_dictionaries_and_lists()
    {
        using var result = await ExecuteAsync(Schema, "{ items(n: 2) { id tags } }");
        var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Data);
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(data["items"]);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(items[1]);
        Assert.Equal(1, second["id"]);
        Assert.Equal(["t1", "u1"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(second["tags"]));
    }

    [Fact]
    public async Task Disposing_a_result_twice_is_harmless()
    {
        var result = await ExecuteAsync(Schema, "{ items(n: 3) { id } }");
        result.Dispose();
        result.Dispose();
    }

    [Fact]
    public async Task Pooled_structures_reused_across_concurrent_requests_keep_each_result_intact()
    {
        var executor = new RequestExecutor(Schema);
        var tasks = Enumerable.Range(1, 64).Select(async n =>
        {
            using var result = await executor.ExecuteAsync(Request("query ($n: Int!) { items(n: $n) { id tags } }", new Dictionary<string, object?> { ["n"] = n % 7 + 1 }));
            var expected = "{\"data\":{\"items\":[" + string.Join(",", Enumerable.Range(0, n % 7 + 1).Select(i => $"{{\"id\":{i},\"tags\":[\"t{i}\",\"u{i}\"]}}")) + "]}}";
            Assert.Equal(expected, result.ToJson());
        });
        await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task A_result_that_is_never_disposed_stays_valid()
    {
        var kept = await ExecuteAsync(Schema, "{ items(n: 2) { id } }");
        for (var i = 0; i < 5; i++)
        {
            using var other = await ExecuteAsync(Schema, "{ items(n: 4) { id } }");
        }

        Json("""{"data":{"items":[{"id":0},{"id":1}]}}""", kept);
    }
}
