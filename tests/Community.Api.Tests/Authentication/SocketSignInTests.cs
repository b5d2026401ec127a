using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Tests.GraphQL;
using Community.Domain.Model;

namespace Community.Api.Tests.Authentication;

/// <summary>
/// graphql-transport-ws (and the legacy graphql-ws) on a real socket: admitted at <c>connection_init</c> only with a
/// signed-in member, else closed with 4403.
/// </summary>
public sealed class SocketSignInTests(ProbedApiServer fixture) : IClassFixture<ProbedApiServer>
{
    private const int Forbidden = 4403;

    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task Without_a_token_connection_init_is_refused_with_4403()
    {
        using var socket = await ConnectAsync(upgradeToken: null);

        await SendAsync(socket, """{"type":"connection_init"}""");

        Assert.Equal(Forbidden, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task An_invalid_token_in_the_payload_is_refused_with_4403()
    {
        using var socket = await ConnectAsync(upgradeToken: null);

        await SendAsync(socket, """{"type":"connection_init","payload":{"Authorization":"Bearer not.a.token"}}""");

        Assert.Equal(Forbidden, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_token_in_the_connection_init_payload_signs_the_socket_in()
    {
        using var socket = await ConnectAsync(upgradeToken: null);

        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{_server.Token("socket-payload")}}}"}}""");

        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await AssertQueryAnsweredAsync(socket);
        Assert.NotNull(await _server.MemberAsync("socket-payload"));
    }

    [Fact]
    public async Task A_token_in_the_upgrade_request_header_signs_the_socket_in()
    {
        using var socket = await ConnectAsync(upgradeToken: _server.Token("socket-header"));

        await SendAsync(socket, """{"type":"connection_init"}""");

        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await AssertQueryAnsweredAsync(socket);
    }

    [Fact]
    public async Task A_disabled_member_is_refused_with_4403()
    {
        var admin = await _server.MembersAsync(m => m.RegisterAsync("corp|socket-admin", "socket.admin", "socket.admin@corp.example", "Admin", MemberKind.Employee, MemberRole.Admin));
        var member = await _server.MembersAsync(m => m.RegisterAsync("corp|socket-off", "socket.off", "socket.off@corp.example", "Off", MemberKind.Employee));
        await _server.MembersAsync(m => m.SetEnabledAsync(admin.Id, member.Id, enabled: false));
        var token = _server.Token(new DevelopmentTokenRequest("corp|socket-off", "socket.off@corp.example", "Off", TimeSpan.FromHours(1)));
        using var socket = await ConnectAsync(upgradeToken: null);

        await SendAsync(socket, $$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{token}}}"}}""");

        Assert.Equal(Forbidden, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task The_legacy_graphql_ws_protocol_refuses_a_socket_without_a_token_too()
    {
        using var socket = await ConnectAsync(upgradeToken: null, subprotocol: "graphql-ws");

        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");

        Assert.Equal("connection_error", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        Assert.Equal(Forbidden, await ClosedWithAsync(socket));
    }

    private async Task<ClientWebSocket> ConnectAsync(string? upgradeToken, string subprotocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subprotocol);
        if (upgradeToken is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + upgradeToken);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(_server.WebSocketEndpoint, timeout.Token);
        return socket;
    }

    private static async Task AssertQueryAnsweredAsync(WebSocket socket)
    {
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"__typename":"Query"}}}""", (await ReceiveAsync(socket)).GetRawText());
    }

    private static async Task<int?> ClosedWithAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        return (int?)result.CloseStatus;
    }

    private static async Task SendAsync(WebSocket socket, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[16 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }
}
