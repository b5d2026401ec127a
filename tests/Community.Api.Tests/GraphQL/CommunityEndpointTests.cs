using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Community.Api.Tests.GraphQL;

/// <summary>The community API served over HTTP and WebSocket, signed in with the intranet's token.</summary>
public sealed class CommunityEndpointTests : IClassFixture<ApiServer>
{
    private readonly ApiServer _server;

    public CommunityEndpointTests(ApiServer server) => _server = server;

    [Fact]
    public async Task Me_answers_as_the_member_the_token_signs_in()
    {
        using var client = _server.SignedInClient();

        using var response = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"{ me { handle kind } }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("me");
        Assert.Equal("EMPLOYEE", me.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(me.GetProperty("handle").GetString()));
    }

    [Fact]
    public async Task A_post_created_over_http_is_in_the_posts_list()
    {
        using var client = _server.SignedInClient();

        using var created = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"mutation { createPost(input: { title: \"Over HTTP\", body: \"Posted by a test\" }) { post { id } errors { __typename } } }"}"""));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("createPost").GetProperty("post").GetProperty("id").GetString();
        using var listed = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"{ posts(where: { title: { eq: \"Over HTTP\" } }) { nodes { id body } } }"}"""));

        var nodes = JsonDocument.Parse(await listed.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("posts").GetProperty("nodes");
        Assert.Equal(id, nodes[0].GetProperty("id").GetString());
        Assert.Equal("Posted by a test", nodes[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task Get_with_sdl_returns_the_schema()
    {
        using var client = _server.SignedInClient();

        var sdl = await client.GetStringAsync(_server.GraphQLEndpoint + "?sdl");

        Assert.Contains("type Post implements Node", sdl);
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
    public async Task A_socket_subscriber_receives_the_posts_created_over_http()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(_server.WebSocketEndpoint, timeout.Token);
        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{_server.Token()}}}"}}""", timeout.Token);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { postCreated { body } }"}}""", timeout.Token);

        // Publish until the subscription is attached: the first message may precede it.
        using var client = _server.SignedInClient();
        JsonElement next;
        var receive = ReceiveAsync(socket, timeout.Token);
        do
        {
            using var published = await client.PostAsync(_server.GraphQLEndpoint, Json("""{"query":"mutation { createPost(input: { body: \"hi\" }) { errors { __typename } } }"}"""), timeout.Token);
            Assert.Equal("""{"data":{"createPost":{"errors":null}}}""", await published.Content.ReadAsStringAsync(timeout.Token));
        }
        while (await Task.WhenAny(receive, Task.Delay(100, timeout.Token)) != receive);

        next = await receive;
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"postCreated":{"body":"hi"}}}}""", next.GetRawText());
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
