using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Community.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Community.GraphQL.Tests.Transport;

public sealed class GraphQLTransportWsSessionTests
{
    [Fact]
    public async Task Connection_init_is_acknowledged_with_the_negotiated_subprotocol()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);

        await client.InitAsync();

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_the_same_payload()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        var pong = await client.ReceiveAsync();
        await client.SendAsync("""{"type":"ping"}""");
        var bare = await client.ReceiveAsync();

        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", pong.GetRawText());
        Assert.Equal("""{"type":"pong"}""", bare.GetRawText());
    }

    [Fact]
    public async Task Ping_is_answered_before_init_too()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);

        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_query_sent_with_subscribe_gets_one_next_then_complete()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }","variables":{"a":1}}}""");

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"__typename":"Query","variables":{"a":1}}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"1","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task A_subscription_streams_each_published_event_until_the_client_completes_it()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
        await host.WaitForSubscribersAsync();
        await host.PublishAsync("one");
        await host.PublishAsync("two");

        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"messages":"one"}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"messages":"two"}}}""", (await client.ReceiveAsync()).GetRawText());

        await client.SendAsync("""{"id":"s","type":"complete"}""");
        await WaitUntilAsync(() => host.Bus.SubscriberCount(SubscriptionTestHost.Topic) == 0);
        await host.PublishAsync("three");

        // The id is free again once completed, and nothing more arrives for the old subscription.
        await client.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_validation_failure_is_an_error_message_with_the_errors()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"{ unknownField }"}}""");
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("e", error.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("payload").ValueKind);
        Assert.Equal(ErrorCodes.ValidationFailed, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        // The socket stays usable after an operation error.
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["array"]""")]
    [InlineData("""{"payload":{}}""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    [InlineData("""{"type":"subscribe","id":1,"payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"type":"connection_init","payload":"text"}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        if (!message.Contains("connection_init", StringComparison.Ordinal))
        {
            await client.InitAsync();
        }

        await client.SendAsync(message);
        var (code, _) = await client.ReceiveUntilClosedAsync();

        Assert.Equal(4400, code);
        Assert.StartsWith("Invalid message received", client.CloseDescription);
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_with_4401()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");

        Assert.Equal(4401, (await client.ReceiveUntilClosedAsync()).Code);
        Assert.Equal("Unauthorized", client.CloseDescription);
    }

    [Fact]
    public async Task An_init_the_server_refuses_closes_with_4403()
    {
        await using var host = await SubscriptionTestHost.StartAsync(o => o.OnSocketConnect = context => ValueTask.FromResult(context.Payload?.ContainsKey("letMeIn") == true));
        await using var refused = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await using var admitted = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);

        await refused.SendAsync("""{"type":"connection_init","payload":{}}""");
        await admitted.InitAsync("""{"letMeIn":true}""");

        Assert.Equal(4403, (await refused.ReceiveUntilClosedAsync()).Code);
        Assert.Equal("Forbidden", refused.CloseDescription);
    }

    [Fact]
    public async Task An_invalid_bearer_token_in_the_init_payload_closes_with_4403()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);

        await client.SendAsync("""{"type":"connection_init","payload":{"Authorization":"Bearer forged"}}""");

        Assert.Equal(4403, (await client.ReceiveUntilClosedAsync()).Code);
    }

    [Fact]
    public async Task A_bearer_token_in_the_init_payload_sets_the_user_of_every_operation()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync("""{"Authorization":"Bearer user:ada"}""");

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        var next = await client.ReceiveAsync();
        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
        await client.ReceiveAsync();
        await host.WaitForSubscribersAsync();

        Assert.Equal("ada", next.GetProperty("payload").GetProperty("data").GetProperty("user").GetString());
        var subscription = host.Executor.Received.Single(r => r.Request.Query!.StartsWith("subscription", StringComparison.Ordinal));
        Assert.Equal("ada", subscription.Options.User!.Identity!.Name);
        Assert.NotNull(subscription.Options.Services);
    }

    [Fact]
    public async Task Each_operation_gets_its_own_service_scope()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        for (var i = 0; i < 4; i++)
        {
            await client.ReceiveAsync();
        }

        var services = host.Executor.Received.Select(r => r.Options.Services).ToList();
        Assert.Equal(2, services.Count);
        Assert.NotSame(services[0], services[1]);
    }

    [Fact]
    public async Task The_upgrade_requests_authorization_header_sets_the_user()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(
            host.Server.WebSocketAddress,
            configure: o => o.SetRequestHeader("Authorization", "Bearer user:grace"));
        await client.InitAsync();

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");

        Assert.Equal("grace", (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("user").GetString());
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await SubscriptionTestHost.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);

        Assert.Equal(4408, (await client.ReceiveUntilClosedAsync()).Code);
        Assert.Equal("Connection initialisation timeout", client.CloseDescription);
    }

    [Fact]
    public async Task A_duplicate_operation_id_closes_with_4409()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
        await host.WaitForSubscribersAsync();
        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { messages }"}}""");

        Assert.Equal(4409, (await client.ReceiveUntilClosedAsync()).Code);
        Assert.Equal("Subscriber for dup already exists", client.CloseDescription);
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal(4429, (await client.ReceiveUntilClosedAsync()).Code);
        Assert.Equal("Too many initialisation requests", client.CloseDescription);
    }

    [Fact]
    public async Task A_socket_without_a_known_subprotocol_closes_with_4406()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress, subProtocol: null);

        Assert.Equal(4406, (await client.ReceiveUntilClosedAsync()).Code);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var host = await SubscriptionTestHost.StartAsync(o => o.MaxRequestBodySize = 1024);
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + new string('a', 4096) + "\"}}");

        Assert.Equal(1009, (await client.ReceiveUntilClosedAsync()).Code);
    }

    [Fact]
    public async Task A_client_still_writing_a_message_over_the_limit_reads_the_1009_close_frame()
    {
        // A long handshake timeout keeps a slow machine from turning this into a race; the server's
        // default limit (1 MB) is what the 10 MB message exceeds.
        await using var host = await SubscriptionTestHost.StartAsync(o => o.CloseHandshakeTimeout = TimeSpan.FromMinutes(1));
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();
        var limit = host.Server.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.MaxRequestBodySize;
        var message = Encoding.UTF8.GetBytes("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + new string('a', 10 * 1024 * 1024) + "\"}}");

        await client.SendInFragmentsAsync(message, 64 * 1024);
        var (code, messages) = await client.ReceiveUntilClosedAsync();
        await client.CloseAsync();

        Assert.Empty(messages);
        Assert.Equal(1009, code);
        Assert.Equal($"Messages are limited to {limit} bytes", client.CloseDescription);
        Assert.Equal(WebSocketState.Closed, client.State);
    }

    [Fact]
    public async Task The_server_pings_at_the_keep_alive_interval()
    {
        await using var host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        Assert.Equal("""{"type":"ping"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task A_subscriber_that_falls_behind_gets_an_error_with_a_clear_code()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        host.Executor.Events = _ => Overflowing();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();

        await client.SendAsync("""{"id":"slow","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("SUBSCRIBER_TOO_SLOW", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        static async IAsyncEnumerable<object?> Overflowing()
        {
            yield return "first";
            await Task.Yield();
            throw new Community.GraphQL.Subscriptions.SubscriberOverflowException("messages", 4);
        }
    }

    [Fact]
    public async Task Shutdown_delivers_every_published_event_then_completes_and_closes_with_1001()
    {
        var host = await SubscriptionTestHost.StartAsync();
        await using var client = await SocketTestClient.ConnectAsync(host.Server.WebSocketAddress);
        await client.InitAsync();
        await client.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
        await host.WaitForSubscribersAsync();

        for (var i = 0; i < 100; i++)
        {
            await host.PublishAsync("event " + i);
        }

        var stopping = host.Server.StopAsync();
        var (code, messages) = await client.ReceiveUntilClosedAsync();
        await stopping;
        await host.DisposeAsync();

        Assert.Equal(1001, code);
        Assert.Equal(101, messages.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => "event " + i), messages.Take(100).Select(m => JsonDocument.Parse(m).RootElement.GetProperty("payload").GetProperty("data").GetProperty("messages").GetString()));
        Assert.Equal("""{"id":"s","type":"complete"}""", messages[100]);
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
