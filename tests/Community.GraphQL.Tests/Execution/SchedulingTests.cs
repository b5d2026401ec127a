using System.Collections.Concurrent;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class SchedulingTests
{
    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_in_document_order()
    {
        var log = new ConcurrentQueue<string>();
        var running = 0;
        var overlapped = false;
        async Task<object?> Step(IResolverContext ctx)
        {
            var name = ctx.Argument<string>("name")!;
            overlapped |= Interlocked.Increment(ref running) > 1;
            log.Enqueue("start " + name);
            await Task.Delay(name == "a" ? 60 : 5);
            log.Enqueue("end " + name);
            Interlocked.Decrement(ref running);
            return name;
        }

        var schema = new TestSchema()
            .ResolveAsync("Mutation.step", Step)
            .Build("type Query { x: Int } type Mutation { step(name: String!): String }");
        var result = await ExecuteAsync(schema, """mutation { a: step(name: "a") b: step(name: "b") c: step(name: "c") }""");

        Json("""{"data":{"a":"a","b":"b","c":"c"}}""", result);
        Assert.False(overlapped);
        Assert.Equal(["start a", "end a", "start b", "end b", "start c", "end c"], log);
    }

    [Fact]
    public async Task A_non_null_mutation_field_that_fails_stops_the_mutations_after_it()
    {
        var ran = new List<string>();
        var schema = new TestSchema()
            .Resolve("Mutation.ok", _ =>
            {
                ran.Add("ok");
                return "ok";
            })
            .Resolve("Mutation.fail", _ =>
            {
                ran.Add("fail");
                return null;
            })
            .Build("type Query { x: Int } type Mutation { ok: String fail: String! }");
        var result = await ExecuteAsync(schema, "mutation { a: ok fail b: ok }");
        Assert.Null(result.Data);
        Assert.Equal(["ok", "fail"], ran);
    }

    [Fact]
    public async Task Resolvers_see_their_response_path_with_list_indices()
    {
        var paths = new List<string>();
        var schema = new TestSchema()
            .Resolve("Query.items", _ => new[] { 1, 2 })
            .Resolve("Item.value", ctx =>
            {
                paths.Add(string.Join("/", ctx.Path));
                return 0;
            })
            .Build("type Item { value: Int } type Query { items: [Item] }");
        await ExecuteAsync(schema, "{ list: items { value } }");
        Assert.Equal(["list/0/value", "list/1/value"], paths);
    }

    [Fact]
    public async Task Asynchronous_query_fields_run_concurrently()
    {
        var running = 0;
        var peak = 0;
        async Task<object?> Slow(IResolverContext ctx)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(300);
            Interlocked.Decrement(ref running);
            return ctx.Field.Name;
        }

        var schema = new TestSchema()
            .ResolveAsync("Query.a", Slow)
            .ResolveAsync("Query.b", Slow)
            .ResolveAsync("Query.c", Slow)
            .Build("type Query { a: String b: String c: String }");
        var result = await ExecuteAsync(schema, "{ a b c }");

        Json("""{"data":{"a":"a","b":"b","c":"c"}}""", result);
        Assert.Equal(3, peak);
    }

    [Fact]
    public async Task Synchronous_resolvers_complete_inline_on_the_callers_thread()
    {
        var threads = new ConcurrentBag<int>();
        var schema = new TestSchema()
            .Resolve("Query.a", _ =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                return 1;
            })
            .Resolve("Query.b", _ =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                return 2;
            })
            .Build("type Query { a: Int b: Int }");
        var caller = Environment.CurrentManagedThreadId;
        var task = ExecuteAsync(schema, "{ a b }");
        Assert.True(task.IsCompleted);
        Json("""{"data":{"a":1,"b":2}}""", await task);
        Assert.All(threads, id => Assert.Equal(caller, id));
    }

    [Fact]
    public async Task Results_keep_document_order_whatever_order_resolvers_finish_in()
    {
        var schema = new TestSchema()
            .ResolveAsync("Query.slow", async _ =>
            {
                await Task.Delay(50);
                return "slow";
            })
            .Resolve("Query.fast", _ => "fast")
            .Build("type Query { slow: String fast: String }");
        Json("""{"data":{"slow":"slow","fast":"fast"}}""", await ExecuteAsync(schema, "{ slow fast }"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
