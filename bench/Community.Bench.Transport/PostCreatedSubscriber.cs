using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Community.Bench.Transport;

/// <summary>
/// One signed-in member's graphql-transport-ws socket subscribed to <c>postCreated(where: {})</c> on the
/// community server. Posts titled <c>warm-up</c> only mark the subscription as listening; for every other
/// post it records the delay from the post's <c>publishedAt</c> to its arrival here.
/// </summary>
internal sealed class PostCreatedSubscriber : IAsyncDisposable
{
    public const string WarmUpTitle = "warm-up";

    private const string Subscribe = """{"id":"1","type":"subscribe","payload":{"query":"subscription { postCreated(where: {}) { title publishedAt } }"}}""";

    private readonly ClientWebSocket _socket;
    private readonly int _expected;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PostCreatedSubscriber(ClientWebSocket socket, int expected, int node)
    {
        _socket = socket;
        _expected = expected;
        Node = node;
    }

    /// <summary>The index of the node this socket is connected to.</summary>
    public int Node { get; }

    /// <summary>Milliseconds from each measured post's publication to its receipt.</summary>
    public List<double> LatenciesMs { get; } = [];

    /// <summary>Completes with the first warm-up post (the subscription listens), or when the subscription ends.</summary>
    public Task Listening => _listening.Task;

    /// <summary>How the socket ended, if the server closed it or ended the subscription.</summary>
    public string? Ending { get; private set; }

    public static async Task<PostCreatedSubscriber> ConnectAsync(Uri address, string token, int expected, int node)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(address, CancellationToken.None);
        var subscriber = new PostCreatedSubscriber(socket, expected, node);
        await subscriber.SendAsync($$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{token}}}"}}""");
        var ack = await subscriber.ReceiveAsync(new byte[4096]);
        if (ack is null || !ack.Contains("connection_ack", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The server refused the socket: {ack ?? "closed"}");
        }

        await subscriber.SendAsync(Subscribe);
        return subscriber;
    }

    /// <summary>Reads until every measured post arrived, or the server ends the subscription or the socket.</summary>
    public async Task ReceiveAllAsync()
    {
        var buffer = new byte[4096];
        while (LatenciesMs.Count < _expected)
        {
            var text = await ReceiveAsync(buffer);
            var received = DateTimeOffset.UtcNow;
            if (text is null)
            {
                Ending = "socket closed";
                _listening.TrySetResult();
                return;
            }

            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var type = root.GetProperty("type").GetString();
            if (type == "ping")
            {
                await SendAsync("""{"type":"pong"}""");
                continue;
            }

            if (type == "pong")
            {
                continue;
            }

            if (type != "next" || !root.GetProperty("payload").TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                Ending = text;
                _listening.TrySetResult();
                return;
            }

            var post = data.GetProperty("postCreated");
            if (post.GetProperty("title").GetString() == WarmUpTitle)
            {
                _listening.TrySetResult();
                continue;
            }

            var published = DateTimeOffset.Parse(post.GetProperty("publishedAt").GetString()!, CultureInfo.InvariantCulture);
            LatenciesMs.Add((received - published).TotalMilliseconds);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The server already went away.
        }

        _socket.Dispose();
    }

    private Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string?> ReceiveAsync(byte[] buffer)
    {
        var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }
}
