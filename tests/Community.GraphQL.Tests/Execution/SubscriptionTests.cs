using System.Runtime.CompilerServices;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private sealed class Source(int count) : IAsyncEnumerable<object?>
    {
        public bool Disposed { get; private set; }

        public async IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 1; i <= count; i++)
                {
                    await Task.Yield();
                    yield return new Dictionary<string, object?> { ["id"] = i, ["text"] = "message " + i };
                }

                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                Disposed = true;
            }
        }
    }

    private static Schema Build(Source source, Func<IResolverContext, IAsyncEnumerable<object?>>? subscribe = null) => new TestSchema()
        .Subscribe("Subscription.messageAdded", subscribe ?? (_ => source))
        .Resolve("Subscription.withResolver", ctx => new Dictionary<string, object?> { ["id"] = 0, ["text"] = "from resolver" })
        .Build("""
            type Message { id: Int! text: String }
            type Query { x: Int }
            type Subscription { messageAdded(room: String!): Message withResolver: Message }
            """);

    [Fact]
    public async Task Each_event_is_executed_with_the_event_as_root_value()
    {
        var source = new Source(3);
        var result = await ExecuteAsync(Build(source), """subscription { messageAdded(room: "a") { id text } }""");
        Assert.Null(result.Errors);
        Assert.NotNull(result.Stream);

        var received = new List<string>();
        await using (var enumerator = result.Stream!.GetAsyncEnumerator())
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.True(await enumerator.MoveNextAsync());
                received.Add(enumerator.Current.ToJson());
            }
        }

        Assert.Equal(
            [
                """{"data":{"messageAdded":{"id":1,"text":"message 1"}}}""",
                """{"data":{"messageAdded":{"id":2,"text":"message 2"}}}""",
                """{"data":{"messageAdded":{"id":3,"text":"message 3"}}}""",
            ],
            received);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task The_subscriber_receives_coerced_arguments()
    {
        string? room = null;
        var source = new Source(1);
        var schema = Build(source, ctx =>
        {
            room = ctx.Argument<string>("room");
            return source;
        });
        var result = await ExecuteAsync(schema, "subscription ($r: String!) { messageAdded(room: $r) { id } }", new Dictionary<string, object?> { ["r"] = "general" });
        Assert.NotNull(result.Stream);
        Assert.Equal("general", room);
    }

    [Fact]
    public async Task A_field_resolver_maps_each_event()
    {
        var schema = new TestSchema()
            .Subscribe("Subscription.count", _ => Numbers())
            .Resolve("Subscription.count", ctx => (int)ctx.Parent! * 10)
            .Build("type Query { x: Int } type Subscription { count: Int }");
        var result = await ExecuteAsync(schema, "subscription { count }");
        var values = new List<string>();
        await foreach (var item in result.Stream!)
        {
            values.Add(item.ToJson());
        }

        Assert.Equal(["""{"data":{"count":10}}""", """{"data":{"count":20}}"""], values);
    }

    [Fact]
    public async Task A_subscriber_that_throws_returns_a_coded_error_and_no_stream()
    {
        var schema = Build(new Source(0), _ => throw new InvalidOperationException("bus down"));
        var result = await ExecuteAsync(schema, """subscription { messageAdded(room: "a") { id } }""");
        Assert.Null(result.Stream);
        var error = SingleError(result);
        Assert.Equal(ErrorCodes.SubscriptionFailed, error.Code);
        Assert.Equal(["messageAdded"], error.Path!);
        Assert.DoesNotContain("bus down", result.ToJson());
    }

    [Fact]
    public async Task A_subscriber_that_throws_a_GraphQLException_keeps_its_error()
    {
        var schema = Build(new Source(0), _ => throw new GraphQLException("Not a member of this room.", "AUTH_NOT_AUTHORIZED"));
        var error = SingleError(await ExecuteAsync(schema, """subscription { messageAdded(room: "a") { id } }"""));
        Assert.Equal("Not a member of this room.", error.Message);
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.Code);
    }

    [Fact]
    public async Task A_field_without_a_subscriber_cannot_be_subscribed_to()
    {
        var result = await ExecuteAsync(Build(new Source(0)), "subscription { withResolver { id } }");
        Assert.Equal(ErrorCodes.SubscriptionFailed, SingleError(result).Code);
    }

    [Fact]
    public async Task A_source_that_fails_ends_the_stream_with_a_coded_error()
    {
        var schema = new TestSchema()
            .Subscribe("Subscription.count", _ => Failing())
            .Build("type Query { x: Int } type Subscription { count: Int }");
        var result = await ExecuteAsync(schema, "subscription { count }");
        var items = new List<ExecutionResult>();
        await foreach (var item in result.Stream!)
        {
            items.Add(item);
        }

        Assert.Equal(2, items.Count);
        Assert.Equal("""{"data":{"count":1}}""", items[0].ToJson());
        Assert.Equal(ErrorCodes.SubscriptionFailed, SingleError(items[1]).Code);
    }

    private static async IAsyncEnumerable<object?> Failing()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("bus lost");
    }

    private static async IAsyncEnumerable<object?> Numbers([EnumeratorCancellation] CancellationToken token = default)
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
    }
}
