using System.Collections.Concurrent;
using System.Net.WebSockets;
using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// What both socket protocols share: the receive loop, the init timeout, keep-alive, running
/// operations (each with its own cancellation), and graceful shutdown (operations drain what was
/// already published, then the socket is closed with 1001).
/// </summary>
internal abstract class GraphQLSocketSession
{
    private readonly IRequestExecutor _executor;
    private readonly CancellationToken _stopping;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _sessionEnded = new();
    private readonly ConcurrentDictionary<string, RunningOperation> _operations = new(StringComparer.Ordinal);
    private volatile bool _shuttingDown;
    private int _initReceived;

    protected GraphQLSocketSession(HttpContext context, SocketChannel channel, IRequestExecutor executor, GraphQLServerOptions options, CancellationToken stopping, ILogger logger)
    {
        HttpContext = context;
        Channel = channel;
        Options = options;
        _executor = executor;
        _stopping = stopping;
        _logger = logger;
    }

    protected HttpContext HttpContext { get; }

    protected SocketChannel Channel { get; }

    protected GraphQLServerOptions Options { get; }

    protected bool Acknowledged { get; private set; }

    protected bool ShuttingDown => _shuttingDown;

    public async Task RunAsync()
    {
        using var stopping = _stopping.Register(() => _ = ShutdownAsync());
        _ = WatchInitTimeoutAsync();
        try
        {
            while (true)
            {
                ReadOnlyMemory<byte>? received;
                try
                {
                    received = await Channel.ReceiveAsync(_sessionEnded.Token);
                }
                catch (SocketChannel.MessageTooLargeException)
                {
                    await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {Options.MaxRequestBodySize} bytes");

                    // The client is likely still writing the rest of that message: ending the
                    // connection now would reset it, and the client would never read the 1009.
                    await Channel.DiscardUntilClosedAsync(_sessionEnded.Token);
                    break;
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException or ConnectionAbortedException)
                {
                    break;
                }

                if (received is not { } bytes)
                {
                    await Channel.CloseAsync((int)WebSocketCloseStatus.NormalClosure, string.Empty);
                    break;
                }

                // Once the server started closing, messages still in flight are read but not acted on.
                if (!Channel.IsOpen)
                {
                    continue;
                }

                if (!SocketMessage.TryParse(bytes, out var message, out var error))
                {
                    await OnInvalidMessageAsync(error!);
                    continue;
                }

                await HandleAsync(message);
            }
        }
        finally
        {
            _sessionEnded.Cancel();
            var running = _operations.Values.Select(o => o.Task).ToArray();
            await Task.WhenAll(running);
            _sessionEnded.Dispose();
        }
    }

    /// <summary>Handles one well-formed message of the protocol.</summary>
    protected abstract ValueTask HandleAsync(SocketMessage message);

    /// <summary>Answers a message that is not JSON or has no type.</summary>
    protected abstract ValueTask OnInvalidMessageAsync(string reason);

    /// <summary>Sends one result of an operation.</summary>
    protected abstract ValueTask SendNextAsync(string id, ExecutionResult result);

    /// <summary>Sends errors that end an operation.</summary>
    protected abstract ValueTask SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors);

    /// <summary>Tells the client an operation ended normally.</summary>
    protected abstract ValueTask SendCompleteAsync(string id);

    /// <summary>Sends one keep-alive message.</summary>
    protected abstract ValueTask SendKeepAliveAsync();

    /// <summary>Closes a socket whose client did not initialise in time.</summary>
    protected virtual ValueTask OnInitTimeoutAsync()
        => CloseAsync(GraphQLCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");

    /// <summary>Marks <c>connection_init</c> as received; false when it already was.</summary>
    protected bool TryMarkInitReceived() => Interlocked.Exchange(ref _initReceived, 1) == 0;

    /// <summary>Authenticates and admits the socket from its init payload; on success the session is acknowledged.</summary>
    protected async ValueTask<bool> AdmitAsync(SocketMessage message)
    {
        IReadOnlyDictionary<string, object?>? payload;
        try
        {
            payload = message.ReadObjectPayload(Options.MaxVariablesDepth);
        }
        catch (RequestFormatException)
        {
            return false;
        }

        if (!await SocketAuthenticator.AdmitAsync(HttpContext, payload, Options))
        {
            return false;
        }

        Acknowledged = true;
        return true;
    }

    /// <summary>Starts the keep-alive loop; call once the connection is acknowledged.</summary>
    protected void StartKeepAlive()
    {
        if (Options.KeepAliveInterval > TimeSpan.Zero)
        {
            _ = KeepAliveAsync();
        }
    }

    protected bool IsRunning(string id) => _operations.ContainsKey(id);

    /// <summary>Starts executing <paramref name="request"/> as operation <paramref name="id"/>; false when that id is taken.</summary>
    protected bool TryStart(string id, GraphQLRequest request)
    {
        var operation = new RunningOperation(CancellationTokenSource.CreateLinkedTokenSource(_sessionEnded.Token));

        // The task exists before the operation is listed (shutdown waits on it) but starts only once listed.
        var run = new Task<Task>(() => RunOperationAsync(id, request, operation));
        operation.Task = run.Unwrap();
        if (!_operations.TryAdd(id, operation))
        {
            operation.Cancellation.Dispose();
            return false;
        }

        run.Start(TaskScheduler.Default);
        return true;
    }

    /// <summary>Stops operation <paramref name="id"/> at the client's request; nothing more is sent for it.</summary>
    protected void Stop(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Cancel();
        }
    }

    protected async ValueTask CloseAsync(int code, string reason)
    {
        await Channel.CloseAsync(code, reason);

        // Give the client a moment to answer the close, then stop reading.
        try
        {
            _sessionEnded.CancelAfter(Options.CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The session already ended.
        }
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, RunningOperation operation)
    {
        var token = operation.Cancellation.Token;
        try
        {
            // A scope per operation: operations of one socket run concurrently and must not share scoped services (a DbContext, say).
            await using var scope = HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            using var result = await _executor.ExecuteAsync(request, new RequestOptions
            {
                Services = scope.ServiceProvider,
                User = HttpContext.User,
                CancellationToken = token,
            });
            if (result.Stream is null)
            {
                if (result.IsRequestError && result.Errors is { Count: > 0 } requestErrors)
                {
                    if (Finish(id, operation))
                    {
                        await SendErrorAsync(id, requestErrors);
                    }

                    return;
                }

                if (!token.IsCancellationRequested)
                {
                    await SendNextAsync(id, result);
                }

                if (Finish(id, operation))
                {
                    await SendCompleteAsync(id);
                }

                return;
            }

            await foreach (var item in result.Stream.WithCancellation(token))
            {
                using (item)
                {
                    await SendNextAsync(id, item);
                }
            }

            if (Finish(id, operation))
            {
                await SendCompleteAsync(id);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by the client or by the socket closing: nothing to report.
        }
        catch (GraphQLException e)
        {
            if (Finish(id, operation))
            {
                await SendErrorAsync(id, e.Errors);
            }
        }
        catch (Exception e)
        {
            _logger.LogError(e, "GraphQL socket operation {OperationId} failed", id);
            if (Finish(id, operation))
            {
                await SendErrorAsync(id, [GraphQLError.Coded("Unexpected Execution Error", ErrorCodes.UnexpectedError)]);
            }
        }
        finally
        {
            Finish(id, operation);
            operation.Cancellation.Dispose();
        }
    }

    /// <summary>Removes the operation before its last message, so the client may reuse the id at once; false when it was already stopped.</summary>
    private bool Finish(string id, RunningOperation operation)
        => _operations.TryRemove(new KeyValuePair<string, RunningOperation>(id, operation)) && !operation.Cancellation.IsCancellationRequested;

    private async Task WatchInitTimeoutAsync()
    {
        try
        {
            await Task.Delay(Options.ConnectionInitTimeout, _sessionEnded.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await OnInitTimeoutAsync();
        }
    }

    private async Task KeepAliveAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(Options.KeepAliveInterval);
            while (await timer.WaitForNextTickAsync(_sessionEnded.Token) && Channel.IsOpen)
            {
                await SendKeepAliveAsync();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The session ended.
        }
    }

    /// <summary>
    /// On host shutdown: take no new operations, let running ones deliver what their sources
    /// already hold (the event bus completes every subscriber after its buffer), then close.
    /// </summary>
    private async Task ShutdownAsync()
    {
        _shuttingDown = true;
        try
        {
            var running = _operations.Values.Select(o => o.Task).ToArray();
            await Task.WhenAny(Task.WhenAll(running), Task.Delay(Options.ShutdownDrainTimeout));
            await CloseAsync(GraphQLCloseCodes.GoingAway, "Server is shutting down");
        }
        catch (Exception e)
        {
            _logger.LogDebug(e, "GraphQL socket shutdown ended early");
        }
    }

    /// <summary>An error for an operation refused because the server is stopping.</summary>
    protected static GraphQLError ShuttingDownError()
        => GraphQLError.Coded("The server is shutting down and accepts no new operations.", SubscriptionErrorCodes.ShuttingDown);

    private sealed class RunningOperation(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Task Task { get; set; } = Task.CompletedTask;

        public void Cancel()
        {
            try
            {
                Cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The operation already finished.
            }
        }
    }
}
