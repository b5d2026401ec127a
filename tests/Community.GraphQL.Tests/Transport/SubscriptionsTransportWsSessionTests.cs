namespace Community.GraphQL.Tests.Transport;

public sealed class SubscriptionsTransportWsSessionTests
{
    [Fact]
    public async Task Init_is_acknowledged_and_followed_by_a_keep_alive()
    {
        await using var host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMinutes(1));
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");

        await client.InitAsync();

        Assert.Equal("graphql-ws", client.SubProtocol);
        Assert.Equal("""{"type":"ka"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Start_streams_data_until_stop()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");
        await client.InitAsync();

        await client.SendAsync("""{"id":"1","type":"start","payload":{"query":"subscription { messages }"}}""");
        await host.WaitForSubscribersAsync();
        await host.PublishAsync("hello");

        Assert.Equal("""{"id":"1","type":"data","payload":{"data":{"messages":"hello"}}}""", (await client.ReceiveAsync()).GetRawText());
        await client.SendAsync("""{"id":"1","type":"stop"}""");
        await WaitUntilAsync(() => host.Bus.SubscriberCount(SubscriptionTestHost.Topic) == 0);
    }

    [Fact]
    public async Task A_query_gets_data_then_complete()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");
        await client.InitAsync();

        await client.SendAsync("""{"id":"q","type":"start","payload":{"query":"{ __typename }"}}""");

        Assert.Equal("""{"id":"q","type":"data","payload":{"data":{"__typename":"Query"}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task A_validation_failure_is_an_error_message()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");
        await client.InitAsync();

        await client.SendAsync("""{"id":"e","type":"start","payload":{"query":"{ unknownField }"}}""");
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(ErrorCodes.ValidationFailed, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Start_before_init_is_an_error_for_that_operation()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");

        await client.SendAsync("""{"id":"early","type":"start","payload":{"query":"{ __typename }"}}""");
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("early", error.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_refused_init_gets_connection_error_then_close()
    {
        await using var host = await SubscriptionTestHost.StartAsync(o => o.OnSocketConnect = _ => ValueTask.FromResult(false));
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");

        await client.SendAsync("""{"type":"connection_init","payload":{}}""");
        var (code, messages) = await client.ReceiveUntilClosedAsync();

        Assert.Equal(4403, code);
        Assert.Equal("""{"type":"connection_error","payload":{"message":"Forbidden"}}""", Assert.Single(messages));
    }

    [Fact]
    public async Task An_unknown_message_type_is_a_connection_error()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");
        await client.InitAsync();

        await client.SendAsync("""{"type":"bogus"}""");

        Assert.Equal("connection_error", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Connection_terminate_closes_the_socket()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, "graphql-ws");
        await client.InitAsync();

        await client.SendAsync("""{"type":"connection_terminate"}""");

        Assert.Equal(1000, (await client.ReceiveUntilClosedAsync()).Code);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never held");
            await Task.Delay(10);
        }
    }
}
