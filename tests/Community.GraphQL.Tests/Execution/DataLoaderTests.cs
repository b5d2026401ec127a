using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private sealed record Post(int Id, int AuthorId);

    private sealed record Author(int Id, string Name);

    private static (Schema Schema, List<IReadOnlyList<int>> Batches) Build(int posts, bool yieldFirst = false)
    {
        var batches = new List<IReadOnlyList<int>>();
        Task<IReadOnlyDictionary<int, Author>> LoadAuthors(IReadOnlyList<int> ids, CancellationToken token)
        {
            lock (batches)
            {
                batches.Add(ids);
            }

            return Task.FromResult<IReadOnlyDictionary<int, Author>>(ids.ToDictionary(id => id, id => new Author(id, "Author " + id)));
        }

        var schema = new TestSchema()
            .Resolve("Query.posts", _ => Enumerable.Range(1, posts).Select(i => new Post(i, i % 10)).ToList())
            .ResolveAsync("Post.author", async ctx =>
            {
                if (yieldFirst)
                {
                    await Task.Yield();
                }

                return await ctx.DataLoader<int, Author>("authors", LoadAuthors).LoadAsync(ctx.ParentAs<Post>().AuthorId);
            })
            .ResolveAsync("Author.friend", async ctx =>
                await ctx.DataLoader<int, Author>("authors", LoadAuthors).LoadAsync(ctx.ParentAs<Author>().Id + 100))
            .Build("""
                type Author { id: Int! name: String friend: Author }
                type Post { id: Int! author: Author }
                type Query { posts: [Post!]! }
                """);
        return (schema, batches);
    }

    [Fact]
    public async Task A_hundred_items_loading_their_author_make_one_batch_call()
    {
        var (schema, batches) = Build(100);
        var result = await ExecuteAsync(schema, "{ posts { id author { name } } }");

        Assert.Null(result.Errors);
        var batch = Assert.Single(batches);
        Assert.Equal(10, batch.Count);
        Assert.Contains("\"author\":{\"name\":\"Author 3\"}", result.ToJson());
    }

    [Fact]
    public async Task Each_level_of_the_tree_makes_one_batch()
    {
        var (schema, batches) = Build(100);
        var result = await ExecuteAsync(schema, "{ posts { author { friend { name } } } }");
        Assert.Null(result.Errors);
        Assert.Equal(2, batches.Count);
    }

    [Fact]
    public async Task Children_of_items_loaded_by_an_asynchronous_batch_load_in_one_batch()
    {
        // The first batch completes on another thread; the fields waiting on it resume one by one.
        // Their children's loads must still wait for all of them and go out as one batch.
        var childBatches = new List<int>();
        var schema = new TestSchema()
            .Resolve("Query.ids", _ => Enumerable.Range(1, 200).ToList())
            .ResolveAsync("Item.author", async ctx => await ctx.DataLoader<int, Author>("authors", async (ids, token) =>
            {
                await Task.Delay(5, token);
                return ids.ToDictionary(id => id, id => new Author(id, "Author " + id));
            }).LoadAsync((int)ctx.Parent!))
            .ResolveAsync("Author.friend", async ctx => await ctx.DataLoader<int, Author>("friends", (ids, _) =>
            {
                lock (childBatches)
                {
                    childBatches.Add(ids.Count);
                }

                return Task.FromResult<IReadOnlyDictionary<int, Author>>(ids.ToDictionary(id => id, id => new Author(id, "Friend " + id)));
            }).LoadAsync(ctx.ParentAs<Author>().Id))
            .Build("""
                type Author { id: Int! name: String friend: Author }
                type Item { author: Author }
                type Query { ids: [Item!]! }
                """);

        for (var run = 0; run < 20; run++)
        {
            childBatches.Clear();
            var result = await ExecuteAsync(schema, "{ ids { author { friend { name } } } }");

            Assert.Null(result.Errors);
            Assert.Equal([200], childBatches);
        }
    }

    [Fact]
    public async Task Loads_made_after_an_await_are_still_dispatched()
    {
        var (schema, batches) = Build(20, yieldFirst: true);
        var result = await ExecuteAsync(schema, "{ posts { author { name } } }");
        Assert.Null(result.Errors);
        Assert.NotEmpty(batches);
        Assert.Equal(10, batches.SelectMany(b => b).Distinct().Count());
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var (schema, batches) = Build(5);
        var executor = new RequestExecutor(schema);
        await executor.ExecuteAsync(Request("{ posts { author { name } } }"));
        await executor.ExecuteAsync(Request("{ posts { author { name } } }"));
        Assert.Equal(2, batches.Count);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_waiting_field()
    {
        var schema = new TestSchema()
            .Resolve("Query.ids", _ => new[] { 1, 2 })
            .ResolveAsync("Item.name", async ctx =>
                await ctx.DataLoader<int, string>("broken", (_, _) => throw new InvalidOperationException("down")).LoadAsync((int)ctx.Parent!))
            .Build("type Item { name: String } type Query { ids: [Item] }");
        var result = await ExecuteAsync(schema, "{ ids { name } }");
        Assert.Equal(2, result.Errors!.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.UnexpectedError, e.Code));
    }

    [Fact]
    public async Task A_loader_outside_an_execution_dispatches_itself()
    {
        var calls = 0;
        var loader = new DataLoader<int, string>((keys, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v" + k));
        });
        var values = await loader.LoadAsync([1, 2, 3]);
        Assert.Equal(["v1", "v2", "v3"], values);
        Assert.Equal("v2", await loader.LoadAsync(2));
        Assert.Equal(1, calls);
    }
}
