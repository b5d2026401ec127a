using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Community.GraphQL.Tests.Transport;

/// <summary>A ClientWebSocket that speaks JSON messages, with timeouts so a broken server fails the test instead of hanging it.</summary>
internal sealed class SocketTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket;

    private SocketTestClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    public WebSocketState State => _socket.State;

    public static async Task<SocketTestClient> ConnectAsync(Uri address, string? subProtocol = "graphql-transport-ws", Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        configure?.Invoke(socket.Options);
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(address, timeout.Token);
        return new SocketTestClient(socket);
    }

    public async Task SendAsync(string json)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>Sends one text message as consecutive frames of at most <paramref name="fragmentSize"/> bytes.</summary>
    public async Task SendInFragmentsAsync(ReadOnlyMemory<byte> message, int fragmentSize)
    {
        for (var offset = 0; offset < message.Length; offset += fragmentSize)
        {
            var fragment = message.Slice(offset, Math.Min(fragmentSize, message.Length - offset));
            using var timeout = new CancellationTokenSource(Timeout);
            await _socket.SendAsync(fragment, WebSocketMessageType.Text, offset + fragment.Length == message.Length, timeout.Token);
        }
    }

    /// <summary>The next message as JSON; fails when the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var text = await ReceiveTextAsync();
        Assert.True(text is not null, $"Expected a message but the socket closed with {CloseStatus} {CloseDescription}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The next message's text, or null once the server closed.</summary>
    public async Task<string?> ReceiveTextAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Reads until the server closes and returns its close code; messages before the close are returned too.</summary>
    public async Task<(int? Code, List<string> Messages)> ReceiveUntilClosedAsync()
    {
        var messages = new List<string>();
        while (await ReceiveTextAsync() is { } text)
        {
            messages.Add(text);
        }

        return ((int?)CloseStatus, messages);
    }

    public async Task InitAsync(string payload = "{}")
    {
        await SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    /// <summary>Sends the client's close frame, or answers the server's, completing the closing handshake.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The test is over either way.
            }
        }

        _socket.Dispose();
    }
}
