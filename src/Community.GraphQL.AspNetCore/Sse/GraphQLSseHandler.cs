using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Community.GraphQL.AspNetCore.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct connections mode: one
/// request (POST body or GET parameters) with <c>Accept: text/event-stream</c> opens one stream of
/// <c>next</c> events ended by a <c>complete</c> event. Malformed requests are answered before the
/// stream opens, as plain JSON with a 4xx status.
/// </summary>
internal sealed class GraphQLSseHandler(
    IRequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLSseHandler> logger)
{
    private static readonly IReadOnlyCollection<OperationType> GetOperations = [OperationType.Query, OperationType.Subscription];
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    private readonly GraphQLServerOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        var request = await ReadRequestAsync(context);
        if (request is null)
        {
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        using var result = await executor.ExecuteAsync(request, new RequestOptions
        {
            Services = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            AllowedOperations = isGet ? GetOperations : null,
        });
        if (result.IsOperationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
            await HttpResultWriter.WriteAsync(context, result, ResponseFormat.Json, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";

        // An empty comment first: some browsers wait for a first message before reporting the stream open.
        response.BodyWriter.Write(KeepAlive);
        await response.BodyWriter.FlushAsync(context.RequestAborted);

        if (result.Stream is null)
        {
            await WriteNextAsync(context, result);
            await WriteCompleteAsync(context);
            return;
        }

        await StreamAsync(context, result.Stream);
    }

    private async Task StreamAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> stream)
    {
        // On shutdown the event bus ends its streams after their buffers; any other stream is cut after the drain timeout.
        using var drain = new CancellationTokenSource();
        using var stopping = lifetime.ApplicationStopping.Register(() => drain.CancelAfter(_options.ShutdownDrainTimeout));
        using var streamCancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, drain.Token);
        var token = streamCancellation.Token;
        using var writeLock = new SemaphoreSlim(1, 1);
        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var keepAlive = _options.KeepAliveInterval > TimeSpan.Zero ? KeepAliveAsync(context, writeLock, keepAliveStop.Token) : Task.CompletedTask;
        try
        {
            await foreach (var item in stream.WithCancellation(token))
            {
                using (item)
                {
                    await writeLock.WaitAsync(token);
                    try
                    {
                        await WriteNextAsync(context, item);
                    }
                    finally
                    {
                        writeLock.Release();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException) when (drain.IsCancellationRequested)
        {
            // Shutting down: end the stream properly below.
        }
        catch (GraphQLException e)
        {
            using var failed = new ExecutionResult { HasData = false, Errors = e.Errors };
            await WriteNextAsync(context, failed);
        }
        catch (Exception e)
        {
            logger.LogError(e, "GraphQL SSE subscription failed");
            using var failed = new ExecutionResult { HasData = false, Errors = [GraphQLError.Coded("Unexpected Execution Error", ErrorCodes.UnexpectedError)] };
            await WriteNextAsync(context, failed);
        }
        finally
        {
            await keepAliveStop.CancelAsync();
            await keepAlive;
        }

        await WriteCompleteAsync(context);
    }

    private async Task KeepAliveAsync(HttpContext context, SemaphoreSlim writeLock, CancellationToken token)
    {
        try
        {
            using var timer = new PeriodicTimer(_options.KeepAliveInterval);
            while (await timer.WaitForNextTickAsync(token))
            {
                await writeLock.WaitAsync(token);
                try
                {
                    context.Response.BodyWriter.Write(KeepAlive);
                    await context.Response.BodyWriter.FlushAsync(token);
                }
                finally
                {
                    writeLock.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    private async Task<GraphQLRequest?> ReadRequestAsync(HttpContext context)
    {
        try
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                return GraphQLRequestReader.ReadQueryString(context.Request.Query, _options.MaxVariablesDepth);
            }

            var (buffer, length) = await RequestBodyReader.ReadAsync(context.Request, _options.MaxRequestBodySize, context.RequestAborted);
            if (buffer is null)
            {
                await HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {_options.MaxRequestBodySize} bytes.", code: ErrorCodes.DocumentTooLarge);
                return null;
            }

            try
            {
                return GraphQLRequestReader.ReadJson(buffer.AsSpan(0, length), _options.MaxVariablesDepth);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (RequestFormatException e)
        {
            await HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, e.Message);
            return null;
        }
    }

    private static async Task WriteNextAsync(HttpContext context, ExecutionResult result)
    {
        var writer = context.Response.BodyWriter;
        writer.Write("event: next\ndata: "u8);
        using (var json = new Utf8JsonWriter(writer, WriterOptions))
        {
            result.WriteTo(json);
        }

        writer.Write("\n\n"u8);
        await writer.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteCompleteAsync(HttpContext context)
    {
        try
        {
            context.Response.BodyWriter.Write(Complete);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client left first.
        }
    }
}
