using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.Tests.Transport;

/// <summary>The transports over the real executor: status codes from real request errors, subscriptions fed by the event bus, the user reaching resolvers.</summary>
public sealed class EngineTransportTests : IAsyncLifetime
{
    private const string Sdl = """
        type Query { hello(name: String = "world"): String! whoami: String }
        type Mutation { publish(message: String!): Boolean! }
        type Subscription { messages: String! }
        """;

    private readonly InMemoryEventBus _bus = new();
    private TransportTestServer _server = null!;

    public async Task InitializeAsync()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query.hello", ctx => "Hello, " + ctx.Argument<string>("name") + "!")
            .Resolve("Query.whoami", ctx => ctx.User?.Identity?.Name)
            .ResolveAsync("Mutation.publish", async ctx =>
            {
                await _bus.PublishAsync("messages", ctx.Argument<string>("message")!);
                return true;
            })
            .Subscribe("Subscription.messages", ctx => ReadAsync(_bus, ctx))
            .Resolve("Subscription.messages", ctx => (string)ctx.Parent! + " (to " + (ctx.User?.Identity?.Name ?? "anonymous") + ")")
            .Build();
        _server = await TransportTestServer.StartAsync(
            new RequestExecutor(schema),
            o => o.KeepAliveInterval = TimeSpan.Zero,
            services =>
            {
                services.AddSingleton(_bus);
                services.AddInMemoryEventBus();
                services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            },
            pipeline: app => app.UseAuthentication());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("""{"query":"{ hello }"}""", "application/json", HttpStatusCode.OK, """{"data":{"hello":"Hello, world!"}}""")]
    [InlineData("""{"query":"query Q($n: String) { hello(name: $n) }","variables":{"n":"Ada"},"operationName":"Q"}""", "application/graphql-response+json", HttpStatusCode.OK, """{"data":{"hello":"Hello, Ada!"}}""")]
    [InlineData("""{"query":"{"}""", "application/graphql-response+json", HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED")]
    [InlineData("""{"query":"{"}""", "application/json", HttpStatusCode.OK, "GRAPHQL_PARSE_FAILED")]
    [InlineData("""{"query":"query ($n: String!) { hello(name: $n) }","variables":{"n":null}}""", "application/graphql-response+json", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("""{"query":"query ($n: String!) { hello(name: $n) }","variables":{"n":null}}""", "application/json", HttpStatusCode.OK, "BAD_USER_INPUT")]
    [InlineData("""{"query":"query A { hello }","operationName":"B"}""", "application/graphql-response+json", HttpStatusCode.BadRequest, "OPERATION_RESOLUTION_FAILURE")]
    [InlineData("""{"query":"{ nope }"}""", "application/graphql-response+json", HttpStatusCode.BadRequest, "Cannot query field \\\"nope\\\" on type \\\"Query\\\".")]
    [InlineData("""{"query":"{ nope }"}""", "application/json", HttpStatusCode.OK, "GRAPHQL_VALIDATION_FAILED")]
    public async Task Post_answers_with_the_status_the_draft_asks_for(string body, string accept, HttpStatusCode status, string expected)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Address) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, text);
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync($"{_server.Address}?query={Uri.EscapeDataString("mutation { publish(message: \"x\") }")}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_subscription_over_graphql_transport_ws_receives_what_a_mutation_publishes_with_the_socket_user()
    {
        await using var client = await SocketTestClient.ConnectAsync(_server.WebSocketAddress);
        await client.InitAsync("""{"authToken":"user:ada"}""");
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
        await WaitForSubscriberAsync();

        using var http = new HttpClient();
        using var published = await http.PostAsync(_server.Address, new StringContent("""{"query":"mutation { publish(message: \"hi\") }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal("""{"data":{"publish":true}}""", await published.Content.ReadAsStringAsync());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"messages":"hi (to ada)"}}}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task A_subscription_over_sse_receives_published_events()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Address)
        {
            Content = new StringContent("""{"query":"subscription { messages }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "user:grace");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await WaitForSubscriberAsync();

        await _bus.PublishAsync("messages", "hey");

        Assert.Equal(":", await reader.ReadLineAsync());
        Assert.Equal(string.Empty, await reader.ReadLineAsync());
        Assert.Equal("event: next", await reader.ReadLineAsync());
        Assert.Equal("""data: {"data":{"messages":"hey (to grace)"}}""", await reader.ReadLineAsync());
    }

    private async Task WaitForSubscriberAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_bus.SubscriberCount("messages") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "No subscriber attached");
            await Task.Delay(10);
        }
    }

    private static async IAsyncEnumerable<string> ReadAsync(IEventBus bus, IResolverContext context)
    {
        await using var stream = await bus.SubscribeAsync<string>("messages", context.CancellationToken);
        await foreach (var message in stream.WithCancellation(context.CancellationToken))
        {
            yield return message;
        }
    }
}
