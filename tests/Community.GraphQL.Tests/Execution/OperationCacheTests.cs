using Community.GraphQL.Execution;
using Community.GraphQL.Execution.Caching;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class OperationCacheTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.hello", ctx => "Hello " + ctx.Argument<string>("name"))
        .Build("type Query { hello(name: String = \"World\"): String }");

    [Fact]
    public async Task A_repeated_document_is_served_from_the_cache()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($n: String) { hello(name: $n) }";
        var first = await executor.ExecuteAsync(Request(query, new Dictionary<string, object?> { ["n"] = "Ada" }));
        var second = await executor.ExecuteAsync(Request(query, new Dictionary<string, object?> { ["n"] = "Grace" }));

        Json("""{"data":{"hello":"Hello Ada"}}""", first);
        Json("""{"data":{"hello":"Hello Grace"}}""", second);
        Assert.Equal(1, executor.Cache.Count);
        Assert.Equal(1, executor.Cache.Misses);
        Assert.Equal(1, executor.Cache.Hits);
    }

    [Fact]
    public async Task Different_texts_are_different_entries()
    {
        var executor = new RequestExecutor(Schema);
        await executor.ExecuteAsync(Request("{ hello }"));
        await executor.ExecuteAsync(Request("{ hello }\n"));
        Assert.Equal(2, executor.Cache.Count);
    }

    [Fact]
    public async Task Documents_with_errors_are_cached_too()
    {
        var executor = new RequestExecutor(Schema);
        await executor.ExecuteAsync(Request("{ hello"));
        var again = await executor.ExecuteAsync(Request("{ hello"));
        Assert.Equal(ErrorCodes.SyntaxError, SingleError(again).Code);
        Assert.Equal(1, executor.Cache.Hits);
    }

    [Fact]
    public void The_least_recently_used_entry_goes_first()
    {
        var cache = new OperationCache(2);
        var created = 0;
        PreparedDocument Create(string _)
        {
            created++;
            return new PreparedDocument(null, null);
        }

        cache.GetOrAdd("a", Create);
        cache.GetOrAdd("b", Create);
        cache.GetOrAdd("a", Create);
        cache.GetOrAdd("c", Create);
        Assert.Equal(2, cache.Count);
        cache.GetOrAdd("a", Create);
        Assert.Equal(3, created);
        cache.GetOrAdd("b", Create);
        Assert.Equal(4, created);
    }

    [Fact]
    public void The_cache_keeps_no_more_text_than_its_budget()
    {
        var cache = new OperationCache(100, maxCharacters: 10);
        PreparedDocument Create(string _) => new(null, null);
        cache.GetOrAdd("aaaa", Create);
        cache.GetOrAdd("bbbb", Create);
        cache.GetOrAdd("cccc", Create);
        Assert.Equal(2, cache.Count);
        cache.GetOrAdd(new string('x', 11), Create);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task The_cache_is_safe_under_concurrent_requests()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { MaxCachedDocuments = 8 });
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(() => executor.ExecuteAsync(Request($"{{ a{i % 16}: hello }}"))));
        var results = await Task.WhenAll(tasks);
        Assert.All(results, r => Assert.Null(r.Errors));
        Assert.True(executor.Cache.Count <= 8);
    }
}
