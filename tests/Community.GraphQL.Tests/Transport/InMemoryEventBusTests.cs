using Community.GraphQL.Subscriptions;

namespace Community.GraphQL.Tests.Transport;

public sealed class InMemoryEventBusTests
{
    [Fact]
    public async Task Subscribers_receive_messages_of_their_topic_in_order()
    {
        var bus = new InMemoryEventBus();
        await using var first = await bus.SubscribeAsync<string>("a");
        await using var second = await bus.SubscribeAsync<string>("a");
        await using var other = await bus.SubscribeAsync<string>("b");

        await bus.PublishAsync("a", "1");
        await bus.PublishAsync("a", "2");
        bus.Complete();

        Assert.Equal(["1", "2"], await ReadAllAsync(first));
        Assert.Equal(["1", "2"], await ReadAllAsync(second));
        Assert.Empty(await ReadAllAsync(other));
    }

    [Fact]
    public async Task A_subscriber_whose_buffer_overflows_is_closed_with_a_clear_reason()
    {
        var bus = new InMemoryEventBus(new EventBusOptions { SubscriberBufferSize = 2 });
        await using var slow = await bus.SubscribeAsync<int>("t");
        await using var fast = await bus.SubscribeAsync<int>("t");
        var fastReader = fast.GetAsyncEnumerator();

        var received = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            await bus.PublishAsync("t", i);
            Assert.True(await fastReader.MoveNextAsync());
            received.Add(fastReader.Current);
        }

        var delivered = new List<int>();
        var error = await Assert.ThrowsAsync<SubscriberOverflowException>(async () =>
        {
            await foreach (var message in slow)
            {
                delivered.Add(message);
            }
        });

        Assert.Equal([0, 1, 2, 3, 4], received);
        Assert.Equal([0, 1], delivered);
        Assert.Equal(SubscriptionErrorCodes.SubscriberTooSlow, error.Errors[0].Code);
        Assert.Contains("fell 2 events behind", error.Message);
        Assert.Equal(1, bus.SubscriberCount("t"));
        await fastReader.DisposeAsync();
    }

    [Fact]
    public async Task Disposing_a_stream_unsubscribes()
    {
        var bus = new InMemoryEventBus();
        var stream = await bus.SubscribeAsync<string>("t");
        Assert.Equal(1, bus.SubscriberCount("t"));

        await stream.DisposeAsync();

        Assert.Equal(0, bus.SubscriberCount("t"));
    }

    [Fact]
    public async Task Complete_lets_subscribers_drain_and_refuses_new_subscriptions()
    {
        var bus = new InMemoryEventBus();
        await using var stream = await bus.SubscribeAsync<string>("t");
        await bus.PublishAsync("t", "before");

        bus.Complete();
        await bus.PublishAsync("t", "after");

        Assert.Equal(["before"], await ReadAllAsync(stream));
        var refused = await Assert.ThrowsAsync<GraphQLException>(async () => await bus.SubscribeAsync<string>("t"));
        Assert.Equal(SubscriptionErrorCodes.ShuttingDown, refused.Errors[0].Code);
    }

    [Fact]
    public async Task Messages_of_another_type_are_not_delivered()
    {
        var bus = new InMemoryEventBus();
        await using var stream = await bus.SubscribeAsync<string>("t");

        await bus.PublishAsync("t", 42);
        await bus.PublishAsync("t", "text");
        bus.Complete();

        Assert.Equal(["text"], await ReadAllAsync(stream));
    }

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<T> stream)
    {
        var items = new List<T>();
        await foreach (var item in stream)
        {
            items.Add(item);
        }

        return items;
    }
}
