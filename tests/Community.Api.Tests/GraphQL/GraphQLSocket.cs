using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Community.Api.Tests.GraphQL;

/// <summary>A graphql-transport-ws client on a real socket: signs in at connection_init, subscribes, reads messages.</summary>
internal sealed class GraphQLSocket : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationToken _cancellationToken;

    private GraphQLSocket(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    /// <summary>Connects to <paramref name="endpoint"/> and signs in with <paramref name="token"/> (acknowledged before this returns).</summary>
    public static async Task<GraphQLSocket> ConnectAsync(Uri endpoint, string token, CancellationToken cancellationToken)
    {
        var socket = new GraphQLSocket(cancellationToken);
        await socket._socket.ConnectAsync(endpoint, cancellationToken);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return socket;
    }

    public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

    /// <summary>The next <c>next</c> message's <c>data</c> (failing on anything else but pings).</summary>
    public async Task<JsonElement> NextDataAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync();
            switch (message.GetProperty("type").GetString())
            {
                case "ping":
                    await SendAsync(new { type = "pong" });
                    continue;
                case "next":
                    Assert.False(message.GetProperty("payload").TryGetProperty("errors", out var errors), errors.ToString());
                    return message.GetProperty("payload").GetProperty("data");
                default:
                    Assert.Fail("Expected a next message: " + message.GetRawText());
                    return default;
            }
        }
    }

    public Task<JsonElement> ReceiveAsync() => ReceiveAsync(_socket, _cancellationToken);

    private Task SendAsync(object message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, _cancellationToken);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk, cancellationToken);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    public void Dispose() => _socket.Dispose();
}
