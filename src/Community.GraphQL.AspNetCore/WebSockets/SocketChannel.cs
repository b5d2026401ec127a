using System.Buffers;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using Community.GraphQL.Execution;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A WebSocket seen as a stream of JSON text messages: receives whole messages up to a size
/// limit, and serializes sends (several operations write to one socket concurrently).
/// </summary>
internal sealed class SocketChannel : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebSocket _socket;
    private readonly long _maxMessageSize;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    // Small to start with: most messages are short, and an idle socket should hold little.
    private byte[] _receiveBuffer = ArrayPool<byte>.Shared.Rent(1024);
    private int _closeStarted;

    public SocketChannel(WebSocket socket, long maxMessageSize)
    {
        _socket = socket;
        _maxMessageSize = maxMessageSize;
    }

    public bool IsOpen => _socket.State == WebSocketState.Open && Volatile.Read(ref _closeStarted) == 0;

    /// <summary>The next message; null once the client closed. Throws <see cref="MessageTooLargeException"/> past the limit.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _receiveBuffer.Length)
            {
                if (length >= _maxMessageSize)
                {
                    throw new MessageTooLargeException();
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_maxMessageSize + 1, (long)length * 2));
                _receiveBuffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_receiveBuffer);
                _receiveBuffer = larger;
            }

            var result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (length > _maxMessageSize)
            {
                throw new MessageTooLargeException();
            }

            if (result.EndOfMessage)
            {
                return _receiveBuffer.AsMemory(0, length);
            }
        }
    }

    /// <summary>Writes one message with <paramref name="write"/> and sends it; does nothing once the socket is closing.</summary>
    public async ValueTask SendAsync<TState>(TState state, Action<Utf8JsonWriter, TState> write, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (IsOpen)
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away; the receive loop notices and ends the session.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends <c>{"type": type}</c> or <c>{"type": type, "id": id}</c>.</summary>
    public ValueTask SendAsync(string type, string? id = null) => SendAsync((type, id), static (writer, message) =>
    {
        writer.WriteStartObject();
        if (message.id is not null)
        {
            writer.WriteString("id", message.id);
        }

        writer.WriteString("type", message.type);
        writer.WriteEndObject();
    });

    /// <summary>Sends <c>{"id", "type", "payload": result}</c>.</summary>
    public ValueTask SendResultAsync(string type, string id, ExecutionResult result) => SendAsync((type, id, result), static (writer, message) =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.id);
        writer.WriteString("type", message.type);
        writer.WritePropertyName("payload");
        message.result.WriteTo(writer);
        writer.WriteEndObject();
    });

    /// <summary>Sends <c>{"id", "type", "payload": [errors]}</c>.</summary>
    public ValueTask SendErrorsAsync(string type, string id, IReadOnlyList<GraphQLError> errors) => SendAsync((type, id, errors), static (writer, message) =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.id);
        writer.WriteString("type", message.type);
        writer.WritePropertyName("payload");
        ResultWriter.WriteErrors(writer, message.errors);
        writer.WriteEndObject();
    });

    /// <summary>Starts the closing handshake once; later calls do nothing.</summary>
    public async ValueTask CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) != 0)
        {
            return;
        }

        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, LimitReason(reason), timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Nothing more can be said to a client that is gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// The rest of the closing handshake (RFC 6455, section 7.1.1) once the server's close frame
    /// is sent: reads and drops whatever the client still sends, until its close frame arrives or
    /// <paramref name="cancellationToken"/> fires. Never throws.
    /// </summary>
    public async ValueTask DiscardUntilClosedAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or took too long: the connection ends either way.
        }
    }

    /// <summary>A close reason may hold at most 123 bytes of UTF-8.</summary>
    private static string LimitReason(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_receiveBuffer);
        _receiveBuffer = [];
        _sendLock.Dispose();
    }

    /// <summary>A message larger than the configured limit.</summary>
    internal sealed class MessageTooLargeException : Exception
    {
    }
}
