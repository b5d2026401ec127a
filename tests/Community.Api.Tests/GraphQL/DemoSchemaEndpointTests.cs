using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Community.Api.Tests.GraphQL;

public sealed class DemoSchemaEndpointTests : IClassFixture<ApiServer>
{
    private readonly ApiServer _server;

    public DemoSchemaEndpointTests(ApiServer server) => _server = server;

    [Fact]
    public async Task Hello_greets_the_world_by_default()
    {
        using var client = _server.SignedInClient();

        using var response = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"{ hello a: hello(name: \"Ada\") }"}"""));

        Assert.Equal("""{"data":{"hello":"Hello, world!","a":"Hello, Ada!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Echo_returns_the_message()
    {
        using var client = _server.SignedInClient();

        using var response = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"mutation { echo(message: \"ping\") }"}"""));

        Assert.Equal("""{"data":{"echo":"ping"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_with_sdl_returns_the_schema()
    {
        using var client = _server.SignedInClient();

        var sdl = await client.GetStringAsync(_server.GraphQLEndpoint + "?sdl");

        Assert.Contains("hello(name: String = \"world\"): String!", sdl);
        Assert.Contains("type Subscription", sdl);
    }

    [Fact]
    public async Task The_ide_page_is_served_in_development()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.GraphQLEndpoint);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var script = Regex.Match(html, "<script type=\"module\" src=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/graphql/ide/", script);
        using var scriptResponse = await client.GetAsync(new Uri(_server.GraphQLEndpoint, script));
        Assert.Equal(HttpStatusCode.OK, scriptResponse.StatusCode);
        Assert.Equal("text/javascript", scriptResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_ide_page_is_off_in_production()
    {
        await using var production = ApiServer.In("Production");
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, production.GraphQLEndpoint);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_socket_subscriber_receives_what_publish_sends()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(_server.WebSocketEndpoint, timeout.Token);
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{_server.Token()}}}"}}""", timeout.Token);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { messages }"}}""", timeout.Token);

        // Publish until the subscription is attached: the first message may precede it.
        using var client = _server.SignedInClient();
        JsonElement next;
        var receive = ReceiveAsync(socket, timeout.Token);
        do
        {
            using var published = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"mutation { publish(message: \"hi\") }"}"""), timeout.Token);
            Assert.Equal("""{"data":{"publish":true}}""", await published.Content.ReadAsStringAsync(timeout.Token));
        }
        while (await Task.WhenAny(receive, Task.Delay(100, timeout.Token)) != receive);

        next = await receive;
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"messages":"hi"}}}""", next.GetRawText());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var result = await socket.ReceiveAsync(buffer, cancellationToken);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }
}
