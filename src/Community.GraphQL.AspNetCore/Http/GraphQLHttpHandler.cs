using System.Buffers;
using Community.GraphQL.AspNetCore.Ide;
using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP: <c>POST</c> with a JSON body and <c>GET</c> with query-string parameters
/// (queries only), the <c>?sdl</c> download and the IDE page.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private static readonly IReadOnlyCollection<OperationType> QueriesOnly = [OperationType.Query];
    private static readonly IReadOnlyCollection<OperationType> QueriesAndMutations = [OperationType.Query, OperationType.Mutation];

    private readonly IRequestExecutor _executor;
    private readonly GraphQLServerOptions _options;
    private readonly GraphQLIdeSettings _ide;

    public GraphQLHttpHandler(IRequestExecutor executor, IOptions<GraphQLServerOptions> options, GraphQLIdeSettings ide)
    {
        _executor = executor;
        _options = options.Value;
        _ide = ide;
    }

    public Task HandlePostAsync(HttpContext context, ResponseFormat format)
    {
        if (!IsJsonContentType(context.Request.ContentType))
        {
            return HttpResultWriter.WriteErrorAsync(
                context,
                StatusCodes.Status415UnsupportedMediaType,
                $"Unsupported Content-Type \"{context.Request.ContentType}\": send the request as application/json.",
                format);
        }

        return ExecutePostAsync(context, format);
    }

    public Task HandleGetAsync(HttpContext context, ResponseFormat format)
    {
        var query = context.Request.Query;
        if (query.ContainsKey("sdl"))
        {
            return WriteSdlAsync(context);
        }

        if (format == ResponseFormat.Html)
        {
            return _ide.Enabled
                ? GraphiQLPage.WriteAsync(context, _options.IdeTitle)
                : HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status404NotFound, "The GraphQL IDE is disabled on this server.");
        }

        if (!_options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            return HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "GET requests are disabled; send the request with POST.", format);
        }

        GraphQLRequest request;
        try
        {
            request = GraphQLRequestReader.ReadQueryString(query, _options.MaxVariablesDepth);
        }
        catch (RequestFormatException e)
        {
            return HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, e.Message, format);
        }

        return ExecuteAsync(context, request, format, QueriesOnly);
    }

    private async Task ExecutePostAsync(HttpContext context, ResponseFormat format)
    {
        var (buffer, length) = await RequestBodyReader.ReadAsync(context.Request, _options.MaxRequestBodySize, context.RequestAborted);
        if (buffer is null)
        {
            await HttpResultWriter.WriteErrorAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"The request body is larger than the limit of {_options.MaxRequestBodySize} bytes.",
                format,
                ErrorCodes.DocumentTooLarge);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = GraphQLRequestReader.ReadJson(buffer.AsSpan(0, length), _options.MaxVariablesDepth);
        }
        catch (RequestFormatException e)
        {
            await HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, e.Message, format);
            return;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        await ExecuteAsync(context, request, format, QueriesAndMutations);
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLRequest request, ResponseFormat format, IReadOnlyCollection<OperationType> allowed)
    {
        using var result = await _executor.ExecuteAsync(request, new RequestOptions
        {
            Services = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            AllowedOperations = allowed,
            CostReporting = CostHeader.Read(context.Request),
        });
        if (result.IsOperationNotAllowed)
        {
            context.Response.Headers.Allow = ReferenceEquals(allowed, QueriesOnly) ? "POST" : "GET, POST";
        }

        if (result.Stream is not null)
        {
            // A subscription over plain HTTP: no stream to write to.
            using var refused = ExecutionResult.RequestError(GraphQLError.Coded(
                "Subscriptions are not served over plain HTTP: use a WebSocket (graphql-transport-ws) or Accept: text/event-stream.",
                ErrorCodes.BadRequest));
            await DisposeStreamAsync(result.Stream);
            await HttpResultWriter.WriteAsync(context, refused, format, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await HttpResultWriter.WriteAsync(context, result, format, HttpResultWriter.StatusCodeFor(result, format));
    }

    private static async Task DisposeStreamAsync(IAsyncEnumerable<ExecutionResult> stream)
    {
        await using var enumerator = stream.GetAsyncEnumerator();
    }

    private Task WriteSdlAsync(HttpContext context)
    {
        if (_options.SchemaPrinter is not { } printer)
        {
            return HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status404NotFound, "This server does not publish its SDL.");
        }

        context.Response.ContentType = "application/graphql; charset=utf-8";
        return context.Response.WriteAsync(printer(_executor.Schema), context.RequestAborted);
    }

    /// <summary><c>application/json</c>, with no charset or with UTF-8 (the only encoding JSON allows).</summary>
    private static bool IsJsonContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        if (!mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && !mediaType.MediaType.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = mediaType.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
